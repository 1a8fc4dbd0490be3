import {
  DISCIPLINE_FORM_LABELS,
  handlingView,
  type CaseDecidedData,
  type CaseHandlingExtendedData,
  type CaseProposedData,
  type CaseReviewStartedData,
  type CaseStatus,
  type CaseWithdrawnData,
  type DisciplineForm,
  type HandlingPeriod,
  type HandlingView,
} from '@lib/domain/discipline';
import { eventSummaryOf, type EventSummary, type StoredEvent } from '@lib/event-store';

interface Step {
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
  proposedForm: DisciplineForm;
  proposedFormLabel: string;
  grounds: string;
  findings: CaseProposedData['findings'];
  limitation: CaseProposedData['limitation'];
  warnings: CaseProposedData['warnings'];
  proposal: Step;
  review: (Step & { note: string | null }) | null;
  decision: (Step & Omit<CaseDecidedData, 'caseId' | 'personId' | 'proposedForm'> & { formLabel: string }) | null;
  withdrawal: (Step & { reason: string }) | null;
  /**
   * The time limit for handling the case as of today (Decree 172/2025: 90 days from the earliest
   * confirmation of a cited finding, extendable to 150): deadline, days left, state and warnings. Null for a
   * case recorded before the period was kept.
   */
  handling: HandlingView | null;
  extensions: Array<Step & Omit<CaseHandlingExtendedData, 'caseId' | 'personId'>>;
  version: number;
  events: EventSummary[];
}

function stepOf(event: StoredEvent): Step {
  return {
    eventId: event.id,
    occurredAt: event.metadata.occurredAt,
    recordedAt: event.recordedAt,
    by: { personId: event.metadata.actor.personId, unitId: event.metadata.actor.unitId },
  };
}

/** GET /cases/{id}: the case folded from its stream (its first event the proposal), with its handling period as of `today`. */
export function foldCaseDetail(
  events: readonly StoredEvent[],
  nameOf: (personId: string) => string | null,
  today: string,
  warnWithinDays: number,
): CaseDetail {
  const [first, ...rest] = events;
  const proposed = first!.data as unknown as CaseProposedData;
  const detail: CaseDetail = {
    caseId: proposed.caseId,
    personId: proposed.personId,
    personName: nameOf(proposed.personId),
    unitId: proposed.unitId,
    status: 'proposed',
    electedCadre: proposed.electedCadre,
    holdsLeadership: proposed.holdsLeadership,
    proposedForm: proposed.proposedForm,
    proposedFormLabel: DISCIPLINE_FORM_LABELS[proposed.proposedForm],
    grounds: proposed.grounds,
    findings: proposed.findings,
    limitation: proposed.limitation,
    warnings: proposed.warnings,
    proposal: stepOf(first!),
    review: null,
    decision: null,
    withdrawal: null,
    handling: null,
    extensions: [],
    version: events.length - 1,
    events: events.map(eventSummaryOf),
  };
  for (const event of rest) {
    if (event.type === 'DisciplinaryCaseReviewStarted') {
      detail.status = 'under_review';
      detail.review = { ...stepOf(event), note: (event.data as unknown as CaseReviewStartedData).note };
    } else if (event.type === 'DisciplinaryCaseDecided') {
      const { caseId: _caseId, personId: _personId, proposedForm: _proposedForm, ...decided } = event.data as unknown as CaseDecidedData;
      detail.status = 'decided';
      detail.decision = { ...stepOf(event), ...decided, formLabel: DISCIPLINE_FORM_LABELS[decided.form] };
    } else if (event.type === 'DisciplinaryCaseWithdrawn') {
      detail.status = 'withdrawn';
      detail.withdrawal = { ...stepOf(event), reason: (event.data as unknown as CaseWithdrawnData).reason };
    } else if (event.type === 'DisciplinaryCaseHandlingExtended') {
      const { caseId: _caseId, personId: _personId, ...extended } = event.data as unknown as CaseHandlingExtendedData;
      detail.extensions.push({ ...stepOf(event), ...extended });
    }
  }
  const proposedPeriod = (proposed as Partial<CaseProposedData>).handling;
  if (proposedPeriod !== undefined) {
    const last = detail.extensions.at(-1);
    const period: HandlingPeriod =
      last === undefined ? proposedPeriod : { ...proposedPeriod, limitDays: last.limitDays, deadline: last.deadline };
    const status =
      detail.decision !== null
        ? { kind: 'decided' as const, signedOn: detail.decision.document.date }
        : detail.withdrawal !== null
          ? { kind: 'withdrawn' as const }
          : { kind: 'open' as const };
    detail.handling = handlingView(period, status, today, warnWithinDays);
  }
  return detail;
}
