/**
 * The bodies of GET /cases and GET /cases/{id} as the API answers them (its OpenAPI document declares them as open
 * objects, so the console spells out the fields it reads).
 */
export type CaseStatus = 'proposed' | 'under_review' | 'decided' | 'withdrawn';
export type HandlingState = 'running' | 'due_soon' | 'overdue' | 'decided_in_time' | 'decided_late' | 'withdrawn';

export interface CaseSummary {
  caseId: string;
  personId: string;
  personName: string | null;
  unitId: string;
  status: CaseStatus;
  proposedForm: string;
  decidedForm: string | null;
  findingIds: string[];
  proposedAt: string;
  handlingDeadline: string | null;
  daysLeft: number | null;
  handlingState: HandlingState | null;
}

export interface CaseStep {
  eventId: string;
  occurredAt: string;
  recordedAt: string;
  by: { personId: string; unitId: string };
}

export interface CaseDetail {
  caseId: string;
  personId: string;
  personName: string | null;
  unitId: string;
  status: CaseStatus;
  electedCadre: boolean;
  holdsLeadership: boolean;
  proposedForm: string;
  proposedFormLabel: string;
  grounds: string;
  findings: Array<{ findingId: string; taskId: string; ruleCode: string; on: string }>;
  limitation: Array<{ findingId: string; conductOn: string; years: number; lastDay: string; expired: boolean }>;
  warnings: Array<{ code: string; findingId: string; message: string }>;
  proposal: CaseStep;
  review: (CaseStep & { note: string | null }) | null;
  decision:
    | (CaseStep & { form: string; formLabel: string; document: { number: string; date: string; signer: { name: string; title: string } } })
    | null;
  withdrawal: (CaseStep & { reason: string }) | null;
  handling: {
    deadline: string;
    limitDays: number;
    maxDays: number;
    daysLeft: number | null;
    state: HandlingState;
    warnings: Array<{ message: string }>;
  } | null;
  extensions: Array<CaseStep & { limitDays: number; reason: string }>;
  version: number;
}
