import type { LocalDate } from '@lib/domain/calendar';
import type { Position } from '@lib/domain/core';
import { POSITION_NAMES, UNIT_KIND_NAMES } from './org.labels';

/** An effective date, not a recording time: the calendar's one `LocalDate`, re-exported for the org lib's files. */
export type { LocalDate };

export const UNIT_KINDS = [
  'peoples_committee',
  'department',
  'office',
  'commune',
  'public_service_unit',
  'inspectorate',
  'home_affairs',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = UNIT_KIND_NAMES;

/** Highest rank first: when a person holds several positions in one unit, the first one counts. */
export const POSITIONS = ['head', 'deputy', 'staff', 'clerk'] as const satisfies readonly Position[];

export const POSITION_LABELS: Readonly<Record<Position, string>> = POSITION_NAMES;

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

export function isPosition(value: string): value is Position {
  return (POSITIONS as readonly string[]).includes(value);
}
