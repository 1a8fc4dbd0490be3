import type { LocalDate } from '@lib/domain/calendar';

/** The head of a unit on a date, from the organisation as it was then (e.g. `OrganisationTimeline.headOn`). */
export type HeadLookup = (unitId: string, date: LocalDate) => string | null;

export type ResponsibilityKind = 'individual' | 'supervisory';

/**
 * Why a line exists. Holder-based lines are computed here; `FINDING` lines come from the detection
 * rules as `FindingShare`s (improper hand-offs, silent consultees, upward deflection, …).
 */
export type ResponsibilityBasisCode = 'HELD_AFTER_DEADLINE' | 'HELD_BEYOND_STEP_LIMIT' | 'FINDING';

/**
 * `holder`: the person named on the record; `unit_head`: only the unit was known, so its head on those
 * days answers (or the head, for supervisory lines); `head_unknown`: the unit had no head recorded.
 */
export type PersonResolution = 'holder' | 'unit_head' | 'head_unknown';

export interface ResponsibleParty {
  unitId: string;
  personId: string | null;
  resolvedAs: PersonResolution;
}

export interface ResponsibilityLine {
  kind: ResponsibilityKind;
  basisCode: ResponsibilityBasisCode;
  party: ResponsibleParty;
  workingDays: number;
  /** The working days behind the figure, in order. */
  days: LocalDate[];
  /** The first of those days; for a line without days (a breach), the date of the conduct. */
  on: LocalDate;
  /** Plain-language explanation in Vietnamese. */
  explanation: string;
  /** The entries behind the line (custody boundaries, or the finding's evidence). */
  eventIds: string[];
  /** The basis in the directives or law, in Vietnamese. */
  basis: string;
  intervalIndex: number | null;
  ruleCode: string | null;
  findingId: string | null;
  /** On a supervisory line: the person whose individual responsibility it covers. */
  supervisesPersonId: string | null;
  /** An accepted objective cause or a protected initiative covering the line (holder-based lines), else null. */
  exemption: LineExemption | null;
}

/**
 * `objective_cause`: a difficulty the competent authority accepted (Decree 335/2025): the days stay (they are
 * facts), marked `excused`, and the evaluation does not deduct. `protected_initiative` (Decree 73/2023):
 * `exempt` moves the covered days out of the line into `waivedDays`; `reduce` keeps them, marked.
 */
export interface LineExemption {
  kind: 'objective_cause' | 'protected_initiative';
  effect: 'excused' | 'exempt' | 'reduce';
  /** The entries behind it: the difficulty and its assessment, or the initiative's record. */
  eventIds: string[];
  /** The working days no longer charged on this line (only for `exempt`). */
  waivedDays: LocalDate[];
  /** Plain-language explanation in Vietnamese. */
  note: string;
}

/**
 * A share of responsibility established by a detection rule, handed to the attribution so that it
 * appears with the holder-based lines and gets its supervisory line. `personId: null` names the unit;
 * its head on `on` (or on each day) answers.
 */
export interface FindingShare {
  findingId: string;
  ruleCode: string;
  party: { unitId: string; personId: string | null };
  /** The date of the conduct, for the head lookup when there are no days. */
  on: LocalDate;
  /** Working days of delay the finding charges (may be empty: a breach without days). */
  days: LocalDate[];
  explanation: string;
  eventIds: string[];
  basis: string;
}

/** Sum of working days per party, kind and basis. */
export interface ResponsibilityTotal {
  kind: ResponsibilityKind;
  basisCode: ResponsibilityBasisCode;
  unitId: string;
  personId: string | null;
  workingDays: number;
  lines: number;
}
