import type { LocalDate } from './org-values';
import type { EstablishedUnit } from './unit-state';

/** Another unit as a history entry names it: its id and its name on the day that matters. */
export interface UnitReference {
  unitId: string;
  name: string;
}

export type UnitHistoryKind = 'established' | 'renamed' | 'moved' | 'merged' | 'absorbed' | 'dissolved';

/**
 * One change in a unit's life, on the day it took effect. `established`: `name`, `parent`; `renamed`: `name`,
 * `previousName`; `moved`: `parent`, `previousParent` (null for no parent); `merged`: `successor` (the unit is gone
 * from that day); `absorbed`: `mergedUnit`, a unit merged into this one that day; `dissolved`: `reason`.
 */
export interface UnitHistoryEntry {
  kind: UnitHistoryKind;
  on: LocalDate;
  name?: string;
  previousName?: string;
  parent?: UnitReference | null;
  previousParent?: UnitReference | null;
  successor?: UnitReference;
  mergedUnit?: UnitReference;
  reason?: string | null;
}

/** How the history names another unit on a date (its last name once it has ended). */
export type UnitNameOn = (unitId: string, date: LocalDate) => string;

const ORDER: Readonly<Record<UnitHistoryKind, number>> = {
  established: 0,
  moved: 1,
  renamed: 2,
  absorbed: 3,
  merged: 4,
  dissolved: 5,
};

/**
 * The unit's history in date order, from what its stream recorded and the units merged into it: establishment,
 * renames, moves, mergers into it, its own merger or dissolution. Names of other units are those of the day.
 */
export function unitHistory(unit: EstablishedUnit, mergedIntoIt: readonly EstablishedUnit[], nameOn: UnitNameOn): UnitHistoryEntry[] {
  const reference = (unitId: string | null, date: LocalDate): UnitReference | null =>
    unitId === null ? null : { unitId, name: nameOn(unitId, date) };
  const [firstName, ...renames] = unit.names;
  const [firstParent, ...moves] = unit.parents;
  const entries: UnitHistoryEntry[] = [
    {
      kind: 'established',
      on: unit.validFrom,
      name: firstName?.name ?? unit.unitId,
      parent: reference(firstParent?.parentUnitId ?? null, unit.validFrom),
    },
  ];
  renames.forEach((version, index) => {
    entries.push({ kind: 'renamed', on: version.from, name: version.name, previousName: unit.names[index]?.name ?? version.name });
  });
  moves.forEach((version, index) => {
    entries.push({
      kind: 'moved',
      on: version.from,
      parent: reference(version.parentUnitId, version.from),
      previousParent: reference(unit.parents[index]?.parentUnitId ?? null, version.from),
    });
  });
  for (const merged of mergedIntoIt) {
    if (merged.end?.kind !== 'merged' || merged.end.successorUnitId !== unit.unitId) continue;
    entries.push({
      kind: 'absorbed',
      on: merged.end.effectiveOn,
      mergedUnit: { unitId: merged.unitId, name: nameOn(merged.unitId, merged.end.effectiveOn) },
    });
  }
  if (unit.end?.kind === 'merged') {
    entries.push({
      kind: 'merged',
      on: unit.end.effectiveOn,
      successor: { unitId: unit.end.successorUnitId, name: nameOn(unit.end.successorUnitId, unit.end.effectiveOn) },
    });
  } else if (unit.end?.kind === 'dissolved') {
    entries.push({ kind: 'dissolved', on: unit.end.effectiveOn, reason: unit.end.reason });
  }
  return entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : ORDER[a.kind] - ORDER[b.kind]));
}
