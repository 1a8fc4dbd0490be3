import { partyName } from '../display/party.name';
import type { ResponsibilityTotal } from './task.api';

export interface PersonTotal {
  key: string;
  kind: ResponsibilityTotal['kind'];
  /** "Lê Văn Cường (Sở Xây dựng)", or the unit when no person could be named. */
  party: string;
  workingDays: number;
  lines: number;
}

/**
 * The API's totals (one per kind, basis and person) summed per person and kind: how many working days each person
 * answers for on this task, individually and as a supervisor; the largest first.
 */
export function personTotals(totals: readonly ResponsibilityTotal[]): PersonTotal[] {
  const sums = new Map<string, PersonTotal>();
  for (const total of totals) {
    const key = `${total.kind}:${total.unitId}:${total.personId ?? ''}`;
    const sum = sums.get(key) ?? { key, kind: total.kind, party: partyName(total), workingDays: 0, lines: 0 };
    sum.workingDays += total.workingDays;
    sum.lines += total.lines;
    sums.set(key, sum);
  }
  const kindOrder = (kind: PersonTotal['kind']) => (kind === 'individual' ? 0 : 1);
  return [...sums.values()].sort(
    (a, b) => kindOrder(a.kind) - kindOrder(b.kind) || b.workingDays - a.workingDays || a.party.localeCompare(b.party, 'vi'),
  );
}
