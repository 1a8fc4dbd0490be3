import type { LocalDate } from '@lib/domain/calendar';
import type { FindingShare } from '@lib/domain/custody';
import type { PrimaryTaskEventType } from '@lib/domain/task';
import type { RuleCode, RuleParameterValues } from './rule.types';

/** `named`: the person on the record; `unit_head`: only the unit was known, its head that day answers. */
export interface FindingParty {
  unitId: string;
  personId: string | null;
  resolvedAs: 'named' | 'unit_head' | 'head_unknown';
}

/** The head of the responsible person's unit on the day (nguyên tắc thủ trưởng); never the person itself. */
export interface SupervisoryParty {
  unitId: string;
  personId: string;
  supervisesPersonId: string;
}

/** An entry behind a finding. `globalPosition` is the log position when the caller supplied it. */
export interface EvidenceRef {
  eventId: string;
  type: PrimaryTaskEventType;
  occurredAt: string;
  globalPosition: number | null;
}

/**
 * An initiative protected by Decree 73/2023/NĐ-CP, as the task's `InitiativeRecorded` entry records it. It
 * covers findings on `taskId` dated within [`from`, `to`] (`to: null` open-ended) whose responsible persons
 * include one of `personIds` (empty: everyone acting on the task; the command always names someone).
 */
export interface ProtectedInitiative {
  initiativeId: string;
  /** The InitiativeRecorded entry. */
  eventId: string;
  taskId: string;
  personIds: readonly string[];
  from: LocalDate;
  to: LocalDate | null;
  /** The decision recognising the initiative, e.g. "Quyết định 15/QĐ-UBND ngày 02/03/2026". */
  decisionReference: string;
  /** `exempt`: no days are charged; `reduce`: days are charged, marked for reduced responsibility. */
  effect: 'exempt' | 'reduce';
}

export interface FindingExemption {
  initiativeId: string;
  /** The InitiativeRecorded entry. */
  eventId: string;
  decisionReference: string;
  effect: 'exempt' | 'reduce';
  /** The persons it covers: with `exempt`, their shares carry no days; others named by the finding keep theirs. */
  personIds: string[];
  basis: string;
  note: string;
}

export interface Finding {
  /** Name-based UUID (v5) of rule code, version, task id, subject and key entries: stable across rebuilds. */
  id: string;
  ruleCode: RuleCode;
  ruleVersion: number;
  variant: string;
  /** Every way this one act broke the rule (one finding per act, never one per reason); at least one. */
  reasons: string[];
  taskId: string;
  /** When the conduct happened (or the lapse took effect), and its local day. */
  at: string;
  on: LocalDate;
  responsible: FindingParty[];
  supervisory: SupervisoryParty[];
  /** The entries that establish the finding (its identity). */
  keyEventIds: string[];
  evidence: EvidenceRef[];
  basis: string;
  explanation: string;
  /** The parameter values the rule ran with. */
  parameters: RuleParameterValues;
  exemption: FindingExemption | null;
  /** For rules with attribution consequences: the input for `attributeResponsibility`'s `findingShares`. */
  findingShares: FindingShare[];
}
