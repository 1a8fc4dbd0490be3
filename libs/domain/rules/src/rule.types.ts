import type { LocalDate } from '@lib/domain/calendar';

export const RULE_CODES = [
  'OWN_WORK_TRANSFERRED',
  'UPWARD_DEFLECTION',
  'LEAD_REASSIGNMENT',
  'PING_PONG',
  'IMPROPER_RETURN',
  'LATE_RETURN',
  'VAGUE_CONSULTATION',
  'CONSULTATION_ABUSE',
  'SILENT_CONSULTEE',
  'EVASIVE_REPLY',
  'OVERDUE_HOLD',
  'STALLED',
  'UNAGREED_SUBMISSION',
  'UNASSIGNED_HANDLING',
  'UNOWNED_TASK',
  'REPEATED_SUPPLEMENT',
  'LATE_RESULT_NO_APOLOGY',
  'NO_APPOINTMENT',
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type ParameterSpec =
  | { kind: 'integer'; default: number; min: number; max: number; description: string }
  | { kind: 'boolean'; default: boolean; description: string }
  | { kind: 'string_list'; default: readonly string[]; allowed: readonly string[] | null; description: string };

export type ParameterValue = number | boolean | readonly string[];
export type RuleParameterValues = Readonly<Record<string, ParameterValue>>;

/** One entry of the catalogue: what the rule detects, on what basis, and how it explains itself. */
export interface RuleDefinition {
  code: RuleCode;
  version: number;
  /** Short Vietnamese name of the conduct. */
  title: string;
  /** The directive or decision the rule enforces, in Vietnamese (as cited in domain.md). */
  basis: string;
  /** Explanation templates by variant (`main` always present); `{name}` placeholders, filled per finding. */
  templates: Readonly<Record<string, string>>;
  parameters: Readonly<Record<string, ParameterSpec>>;
  /** True when the verdict can change by the passing of time alone (see `nextDeadlineLapse`). */
  timeBased: boolean;
  /** True when its findings carry `findingShares` for `attributeResponsibility`. */
  attributes: boolean;
}

/** A holder or counterpart: a unit, and the person when the record names one. */
export interface PartyRef {
  unitId: string;
  personId: string | null;
}

/**
 * What a rule reports before it becomes a `Finding`: the entries that establish it (`keyEventIds`,
 * the identity), all the evidence, the conduct instant, the parties and the template values.
 */
export interface FindingDraft {
  variant: string;
  /**
   * The ways the act broke the rule, when the rule knows more than one (one act, one finding: e.g.
   * `['rounds', 'past_deadline']`); default `[variant]`.
   */
  reasons?: readonly string[];
  /** Distinguishes findings on the same key entries (e.g. each silent unit of one request). */
  subject: string;
  keyEventIds: readonly string[];
  evidenceEventIds: readonly string[];
  /** When the conduct happened (or the lapse took effect). */
  at: string;
  responsible: readonly PartyRef[];
  values: Readonly<Record<string, string | number>>;
  /** Working days charged to the responsible parties as a finding share (attribution rules only). */
  shareDays?: readonly LocalDate[];
}
