import { describe, expect, it } from 'vitest';
import {
  edgeRows,
  edgeWidth,
  MAX_EDGE_WIDTH,
  MIN_EDGE_WIDTH,
  networkNodes,
  networkSeries,
  networkSummary,
  pingPongKeys,
  WAIT_BANDS,
  waitBand,
  type NetworkArc,
} from './network.series';

const arc = (
  from: string,
  to: string,
  count: number,
  median: number,
  names: [string | null, string | null] = [null, null],
): NetworkArc => ({
  from,
  to,
  fromName: names[0],
  toName: names[1],
  count,
  averageWaitWorkingDays: median,
  medianWaitWorkingDays: median,
  maxWaitWorkingDays: median,
});

// The S1 network: the city assigns to Sở Xây dựng, which transfers to Sở TN&MT, which returns it.
const S1: NetworkArc[] = [
  arc('so-tnmt', 'so-xay-dung', 1, 0.5, ['Sở Tài nguyên và Môi trường', 'Sở Xây dựng']),
  arc('so-xay-dung', 'so-tnmt', 1, 1, ['Sở Xây dựng', 'Sở Tài nguyên và Môi trường']),
  arc('ubnd-tp', 'so-xay-dung', 4, 2, ['UBND thành phố', 'Sở Xây dựng']),
];

describe('edge width by number of hand-overs', () => {
  it('runs from the thinnest for one hand-over to the widest for the busiest arc, by the square root', () => {
    expect(edgeWidth(100, 100)).toBe(MAX_EDGE_WIDTH);
    expect(edgeWidth(0, 100)).toBe(MIN_EDGE_WIDTH);
    expect(edgeWidth(25, 100)).toBe(MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) / 2);
    expect(edgeWidth(1, 1)).toBe(MAX_EDGE_WIDTH);
  });

  it('grows with the count and never passes the widest', () => {
    const widths = [1, 2, 5, 10, 50, 100, 200].map((count) => edgeWidth(count, 100));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(Math.max(...widths)).toBe(MAX_EDGE_WIDTH);
  });
});

describe('edge colour by the median wait, in working days', () => {
  it('puts each wait in the band whose upper end it does not pass; a band’s end belongs to it', () => {
    expect(waitBand(0)).toBe(WAIT_BANDS[0]);
    expect(waitBand(1)).toBe(WAIT_BANDS[0]);
    expect(waitBand(1.5)).toBe(WAIT_BANDS[1]);
    expect(waitBand(5)).toBe(WAIT_BANDS[2]);
    expect(waitBand(10)).toBe(WAIT_BANDS[3]);
    expect(waitBand(10.01)).toBe(WAIT_BANDS[4]);
    expect(waitBand(400)).toBe(WAIT_BANDS[WAIT_BANDS.length - 1]);
  });

  it('has a distinct colour and a Vietnamese label for every band, the open one last', () => {
    expect(new Set(WAIT_BANDS.map((band) => band.colour)).size).toBe(WAIT_BANDS.length);
    expect(WAIT_BANDS.map((band) => band.upTo).filter((upTo) => upTo === null)).toEqual([null]);
    expect(WAIT_BANDS.at(-1)!.upTo).toBeNull();
  });
});

describe('ping-pong pairs', () => {
  it('marks both arcs of a pair that went each way, and no arc without its reverse', () => {
    expect([...pingPongKeys(S1)].sort()).toEqual(['so-tnmt\u0000so-xay-dung', 'so-xay-dung\u0000so-tnmt']);
    expect(pingPongKeys([arc('a', 'b', 3, 0), arc('b', 'c', 1, 0), arc('c', 'a', 1, 0)]).size).toBe(0);
  });
});

describe('the table under the chart', () => {
  it('has one row per arc, busiest first, with names, count, waits and the ping-pong mark', () => {
    expect(edgeRows(S1)).toEqual([
      expect.objectContaining({ fromName: 'UBND thành phố', toName: 'Sở Xây dựng', count: 4, medianWaitWorkingDays: 2, pingPong: false }),
      expect.objectContaining({ fromName: 'Sở Tài nguyên và Môi trường', toName: 'Sở Xây dựng', count: 1, pingPong: true }),
      expect.objectContaining({ fromName: 'Sở Xây dựng', toName: 'Sở Tài nguyên và Môi trường', count: 1, pingPong: true }),
    ]);
  });

  it('shows the code when the organisation has no name for it', () => {
    expect(edgeRows([arc('unit:x', 'le-van-cuong', 1, 0, [null, 'Lê Văn Cường'])])[0]).toMatchObject({
      fromName: 'unit:x',
      toName: 'Lê Văn Cường',
    });
  });
});

describe('the graph series', () => {
  it('has a node per unit with its hand-overs given and received, and edges between their indexes', () => {
    const series = networkSeries(S1);
    expect(networkNodes(S1).map((node) => [node.name, node.given, node.received])).toEqual([
      ['Sở Tài nguyên và Môi trường', 1, 1],
      ['Sở Xây dựng', 1, 5],
      ['UBND thành phố', 4, 0],
    ]);
    for (const edge of series.edges) {
      expect(series.nodes[edge.source]!.id).toBe(edge.from);
      expect(series.nodes[edge.target]!.id).toBe(edge.to);
    }
    const busiest = series.edges.find((edge) => edge.from === 'ubnd-tp')!;
    expect(busiest).toMatchObject({ width: MAX_EDGE_WIDTH, colour: waitBand(2).colour, pingPong: false });
    expect(series.edges.filter((edge) => edge.pingPong)).toHaveLength(2);
  });

  it('is empty for an empty period', () => {
    expect(networkSeries([])).toEqual({ nodes: [], edges: [] });
  });
});

describe('the chart’s spoken summary', () => {
  const day = (value: string) => value.split('-').reverse().join('/');

  it('counts units, arcs, hand-overs and ping-pong pairs, and names the busiest arc', () => {
    expect(networkSummary(S1, 'unit', { from: '2026-01-01', to: '2026-12-31' }, day)).toBe(
      'Mạng lưới chuyển giao giữa 3 đơn vị từ 01/01/2026 đến 31/12/2026: 3 chiều chuyển, tổng 6 lần chuyển giao. ' +
        'Nhiều nhất: UBND thành phố chuyển cho Sở Xây dựng 4 lần, thời gian chờ trung vị 2 ngày làm việc. ' +
        '1 cặp chuyển qua lại. Số liệu đầy đủ ở bảng dưới biểu đồ.',
    );
  });

  it('says so when nothing was handed over', () => {
    expect(networkSummary([], 'person', { from: '2026-01-01', to: '2026-12-31' }, day)).toBe(
      'Mạng lưới chuyển giao từ 01/01/2026 đến 31/12/2026: không có lần chuyển giao nào.',
    );
  });
});
