/** One arc as the API gives it (GET /handover-network). */
export interface NetworkArc {
  from: string;
  to: string;
  fromName: string | null;
  toName: string | null;
  count: number;
  averageWaitWorkingDays: number;
  medianWaitWorkingDays: number;
  maxWaitWorkingDays: number;
}

/** A node: a unit or a person, its name, and how many hand-overs it gave and received. */
export interface NetworkNode {
  id: string;
  name: string;
  given: number;
  received: number;
}

/** A row of the table under the chart (the same data as the chart, for keyboard and screen-reader users). */
export interface NetworkEdgeRow {
  key: string;
  from: string;
  to: string;
  fromName: string;
  toName: string;
  count: number;
  medianWaitWorkingDays: number;
  averageWaitWorkingDays: number;
  pingPong: boolean;
}

export const MIN_EDGE_WIDTH = 1;
export const MAX_EDGE_WIDTH = 10;

/** Edge width by number of hand-overs: by the square root (an arc four times as used is twice as wide), 1 to 10 px. */
export function edgeWidth(count: number, maxCount: number): number {
  if (maxCount <= 0 || count <= 0) return MIN_EDGE_WIDTH;
  const share = Math.sqrt(Math.min(count, maxCount) / maxCount);
  return Math.round((MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * share) * 10) / 10;
}

/** A band of the wait scale: waits up to `upTo` working days (the last band has no upper end). */
export interface WaitBand {
  upTo: number | null;
  colour: string;
  label: string;
}

/** The colour scale of how long work waited after a hand-over (median, working days), light to dark. */
export const WAIT_BANDS: readonly WaitBand[] = [
  { upTo: 1, colour: '#4d9221', label: 'Đến 1 ngày làm việc' },
  { upTo: 3, colour: '#d4a017', label: 'Trên 1 đến 3 ngày' },
  { upTo: 5, colour: '#e66101', label: 'Trên 3 đến 5 ngày' },
  { upTo: 10, colour: '#c51b2b', label: 'Trên 5 đến 10 ngày' },
  { upTo: null, colour: '#67001f', label: 'Trên 10 ngày' },
];

export function waitBand(days: number): WaitBand {
  return WAIT_BANDS.find((band) => band.upTo === null || days <= band.upTo)!;
}

const arcKey = (from: string, to: string) => `${from}\u0000${to}`;

/** Arcs whose reverse arc is also there (A → B and B → A): work went back and forth between the two. */
export function pingPongKeys(arcs: ReadonlyArray<Pick<NetworkArc, 'from' | 'to'>>): Set<string> {
  const present = new Set(arcs.map((arc) => arcKey(arc.from, arc.to)));
  return new Set(arcs.filter((arc) => present.has(arcKey(arc.to, arc.from))).map((arc) => arcKey(arc.from, arc.to)));
}

/** The table's rows, most hand-overs first (then by giver and receiver name). */
export function edgeRows(arcs: readonly NetworkArc[]): NetworkEdgeRow[] {
  const pingPong = pingPongKeys(arcs);
  return arcs
    .map((arc) => ({
      key: arcKey(arc.from, arc.to),
      from: arc.from,
      to: arc.to,
      fromName: arc.fromName ?? arc.from,
      toName: arc.toName ?? arc.to,
      count: arc.count,
      medianWaitWorkingDays: arc.medianWaitWorkingDays,
      averageWaitWorkingDays: arc.averageWaitWorkingDays,
      pingPong: pingPong.has(arcKey(arc.from, arc.to)),
    }))
    .sort((a, b) => b.count - a.count || a.fromName.localeCompare(b.fromName, 'vi') || a.toName.localeCompare(b.toName, 'vi'));
}

/** The nodes the arcs join, named (the name the latest arc gives), by name. */
export function networkNodes(arcs: readonly NetworkArc[]): NetworkNode[] {
  const nodes = new Map<string, NetworkNode>();
  const node = (id: string, name: string | null) => {
    const found = nodes.get(id) ?? { id, name: name ?? id, given: 0, received: 0 };
    if (name !== null) found.name = name;
    nodes.set(id, found);
    return found;
  };
  for (const arc of arcs) {
    node(arc.from, arc.fromName).given += arc.count;
    node(arc.to, arc.toName).received += arc.count;
  }
  return [...nodes.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
}

/** The graph's data: nodes (size by hand-overs through them) and edges (width by count, colour by median wait). */
export interface NetworkSeries {
  nodes: Array<NetworkNode & { size: number }>;
  edges: Array<{
    source: number;
    target: number;
    from: string;
    to: string;
    count: number;
    width: number;
    colour: string;
    pingPong: boolean;
    row: NetworkEdgeRow;
  }>;
}

export function networkSeries(arcs: readonly NetworkArc[]): NetworkSeries {
  const nodes = networkNodes(arcs);
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const maxThrough = Math.max(1, ...nodes.map((node) => node.given + node.received));
  const maxCount = Math.max(0, ...arcs.map((arc) => arc.count));
  const rows = edgeRows(arcs);
  return {
    nodes: nodes.map((node) => ({ ...node, size: Math.round(8 + 22 * Math.sqrt((node.given + node.received) / maxThrough)) })),
    edges: rows.map((row) => ({
      source: index.get(row.from)!,
      target: index.get(row.to)!,
      from: row.from,
      to: row.to,
      count: row.count,
      width: edgeWidth(row.count, maxCount),
      colour: waitBand(row.medianWaitWorkingDays).colour,
      pingPong: row.pingPong,
      row,
    })),
  };
}

/** The chart's aria-label: what it shows, in one sentence or three, and where the same data is as a table. */
export function networkSummary(
  arcs: readonly NetworkArc[],
  level: 'unit' | 'person',
  period: { from: string; to: string },
  formatDate: (day: string) => string,
): string {
  const who = level === 'unit' ? 'đơn vị' : 'cán bộ';
  const span = `từ ${formatDate(period.from)} đến ${formatDate(period.to)}`;
  if (arcs.length === 0) return `Mạng lưới chuyển giao ${span}: không có lần chuyển giao nào.`;
  const rows = edgeRows(arcs);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const pairs = rows.filter((row) => row.pingPong).length / 2;
  const top = rows[0]!;
  return [
    `Mạng lưới chuyển giao giữa ${networkNodes(arcs).length} ${who} ${span}: ${rows.length} chiều chuyển, tổng ${total} lần chuyển giao.`,
    `Nhiều nhất: ${top.fromName} chuyển cho ${top.toName} ${top.count} lần, thời gian chờ trung vị ${top.medianWaitWorkingDays} ngày làm việc.`,
    `${pairs} cặp chuyển qua lại.`,
    'Số liệu đầy đủ ở bảng dưới biểu đồ.',
  ].join(' ');
}
