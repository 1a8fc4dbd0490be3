import type { Holder } from './custody-entry';
import type { HandoverEdge } from './handover-measures';

export type NetworkLevel = 'unit' | 'person';

/** Who passes work to whom, how often, and how long it then waited (van der Aalst's handover of work). */
export interface HandoverArc {
  from: string;
  to: string;
  count: number;
  totalWaitWorkingDays: number;
  maxWaitWorkingDays: number;
  eventIds: string[];
}

/**
 * Aggregates hand-offs from any number of tasks. Unit level keeps hand-offs between different units;
 * person level names a holder known only at unit level as `unit:<unitId>` and drops self-loops.
 * Arcs are sorted by giver then receiver, event ids in input order: same input, same output.
 */
export function handoverNetwork(edges: Iterable<HandoverEdge>, level: NetworkLevel): HandoverArc[] {
  const arcs = new Map<string, HandoverArc>();
  for (const edge of edges) {
    if (edge.from === null) continue;
    const from = handoverNodeOf(edge.from, level);
    const to = handoverNodeOf(edge.to, level);
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    const arc = arcs.get(key) ?? { from, to, count: 0, totalWaitWorkingDays: 0, maxWaitWorkingDays: 0, eventIds: [] };
    arc.count += 1;
    arc.totalWaitWorkingDays += edge.waitWorkingDays;
    arc.maxWaitWorkingDays = Math.max(arc.maxWaitWorkingDays, edge.waitWorkingDays);
    arc.eventIds.push(edge.eventId);
    arcs.set(key, arc);
  }
  return [...arcs.values()].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to));
}

/** The node a holder stands for at a level: its unit, or its person (`unit:<unitId>` when known only at unit level). */
export function handoverNodeOf(holder: Holder, level: NetworkLevel): string {
  return level === 'unit' ? holder.unitId : (holder.personId ?? `unit:${holder.unitId}`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
