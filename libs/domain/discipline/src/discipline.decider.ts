import { assertNever, assertOccurredNotInFuture, DEFAULT_CLOCK_SKEW_MS, type Decider, type RecordedEvent } from '@lib/domain/core';
import type {
  DecideCase,
  DisciplinaryCaseCommand,
  ExtendCaseHandling,
  ProposeCase,
  StartCaseReview,
  WithdrawCase,
} from './discipline.commands';
import {
  CaseAlreadyDecidedError,
  CaseAlreadyExistsError,
  CaseAlreadyUnderReviewError,
  CaseHandlingDeadlinePassedError,
  CaseHandlingExtensionInvalidError,
  CaseNotFoundError,
  CaseNotUnderReviewError,
  CaseRequiresHomeAffairsError,
  CaseStepOutOfOrderError,
  CaseStreamMismatchError,
  CaseSubjectCannotActError,
  CaseWithdrawnError,
  DecisionDocumentInvalidError,
  DisciplineFormNotApplicableError,
  FindingAlreadyDisciplinedError,
  FindingCitedTwiceError,
  FindingDoesNotNamePersonError,
  FindingInOpenCaseError,
  FindingNotConfirmedError,
  LimitationNotAcknowledgedError,
  MAX_TEXT_LENGTH,
  MIN_TEXT_LENGTH,
  NoFindingCitedError,
  TextRequiredError,
} from './discipline.errors';
import type { CaseFinding, DisciplinaryCaseEvent } from './discipline.events';
import { formRestrictionFor, type DisciplineForm } from './discipline.forms';
import { addDays, handlingPeriod, HANDLING_MAX_DAYS, type HandlingPeriod } from './handling-period';
import { localDateOf, type LocalDate } from '@lib/domain/calendar';
import { checkLimitation, limitationWarnings } from './statute-of-limitations';

/** No case yet: the stream is empty. */
export interface NoCase {
  status: 'none';
}

/** What every recorded case holds, whatever its status. */
interface CaseFacts {
  caseId: string;
  personId: string;
  electedCadre: boolean;
  proposedForm: DisciplineForm;
  /** The day the case was proposed: the limitation is measured to it. */
  proposedOn: LocalDate;
  findings: CaseFinding[];
  lastOccurredAt: string;
  /** The time limit for handling the case, as last extended; null for a case recorded before the period was kept. */
  handling: HandlingPeriod | null;
}

export interface ProposedCase extends CaseFacts {
  status: 'proposed';
}

export interface CaseUnderReview extends CaseFacts {
  status: 'under_review';
}

export interface DecidedCase extends CaseFacts {
  status: 'decided';
  decidedForm: DisciplineForm;
}

export interface WithdrawnCase extends CaseFacts {
  status: 'withdrawn';
}

/** A case still being handled: the steps after the proposal act on one of these. */
export type OpenCase = ProposedCase | CaseUnderReview;

/** Tagged by status, like the task decider's state: a field exists only in the statuses that have it. */
export type DisciplinaryCaseState = NoCase | OpenCase | DecidedCase | WithdrawnCase;

const initialCaseState = (): DisciplinaryCaseState => ({ status: 'none' });

/**
 * A disciplinary case ("hồ sơ xử lý kỷ luật") proposed by Home Affairs for one person, citing confirmed findings:
 * proposed → under_review → decided | withdrawn (withdrawal is also open while merely proposed). Decided and
 * withdrawn are final. The statute of limitations is measured per cited conduct to the day of the proposal and
 * warned about; a decision on a conduct whose limitation has run out needs an explicit acknowledgement.
 */
export function createDisciplinaryCaseDecider(
  options: { clockSkewMs?: number } = {},
): Decider<DisciplinaryCaseCommand, DisciplinaryCaseEvent, DisciplinaryCaseState> {
  const clockSkewMs = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  return {
    initialState: initialCaseState,
    decide(command, state) {
      const { actor } = command.context;
      if (!actor.roles.includes('home_affairs')) throw new CaseRequiresHomeAffairsError(actor.personId);
      const at = assertOccurredNotInFuture(command.context, clockSkewMs);
      if (command.type === 'ProposeCase') return [propose(command, state, at)];
      const { caseId } = command.data;
      if (state.status === 'none') throw new CaseNotFoundError(caseId);
      if (state.caseId !== caseId) throw new CaseStreamMismatchError(state.caseId, caseId);
      if (state.personId === actor.personId) throw new CaseSubjectCannotActError(actor.personId);
      if (state.status === 'decided') throw new CaseAlreadyDecidedError(caseId);
      if (state.status === 'withdrawn') throw new CaseWithdrawnError(caseId);
      if (at < Date.parse(state.lastOccurredAt)) throw new CaseStepOutOfOrderError(command.context.occurredAt, state.lastOccurredAt);
      switch (command.type) {
        case 'StartCaseReview':
          return [startReview(command, state)];
        case 'DecideCase':
          return [decideCase(command, state, at)];
        case 'WithdrawCase':
          return [withdraw(command, state)];
        case 'ExtendCaseHandling':
          return [extendHandling(command, state, at)];
        default:
          return assertNever(command);
      }
    },
    evolve(state, event: RecordedEvent<DisciplinaryCaseEvent>) {
      const lastOccurredAt = event.metadata.occurredAt;
      if (event.type === 'DisciplinaryCaseProposed') {
        return {
          status: 'proposed',
          caseId: event.data.caseId,
          personId: event.data.personId,
          electedCadre: event.data.electedCadre,
          proposedForm: event.data.proposedForm,
          proposedOn: localDateOf(lastOccurredAt),
          findings: event.data.findings,
          lastOccurredAt,
          handling: event.data.handling ?? null,
        };
      }
      // Every later step is recorded on a proposed case: the stream starts with the proposal.
      if (state.status === 'none') return state;
      const facts: CaseFacts = { ...caseFactsOf(state), lastOccurredAt };
      switch (event.type) {
        case 'DisciplinaryCaseReviewStarted':
          return { ...facts, status: 'under_review' };
        case 'DisciplinaryCaseDecided':
          return { ...facts, status: 'decided', decidedForm: event.data.form };
        case 'DisciplinaryCaseWithdrawn':
          return { ...facts, status: 'withdrawn' };
        case 'DisciplinaryCaseHandlingExtended':
          return {
            ...state,
            lastOccurredAt,
            handling:
              facts.handling === null ? null : { ...facts.handling, limitDays: event.data.limitDays, deadline: event.data.deadline },
          };
        default:
          return assertNever(event);
      }
    },
  };
}

function caseFactsOf(state: Exclude<DisciplinaryCaseState, NoCase>): CaseFacts {
  const { caseId, personId, electedCadre, proposedForm, proposedOn, findings, lastOccurredAt, handling } = state;
  return { caseId, personId, electedCadre, proposedForm, proposedOn, findings, lastOccurredAt, handling };
}

function propose(command: ProposeCase, state: DisciplinaryCaseState, at: number): DisciplinaryCaseEvent {
  const { caseId, subject, proposedForm } = command.data;
  const { actor } = command.context;
  if (state.status !== 'none') throw new CaseAlreadyExistsError(state.caseId);
  if (subject.personId === actor.personId) throw new CaseSubjectCannotActError(actor.personId);
  const grounds = text(command.data.grounds, 'grounds');
  if (command.data.findings.length === 0) throw new NoFindingCitedError();
  const seen = new Set<string>();
  for (const finding of command.data.findings) {
    if (seen.has(finding.findingId)) throw new FindingCitedTwiceError(finding.findingId);
    seen.add(finding.findingId);
    if (finding.status !== 'confirmed') throw new FindingNotConfirmedError(finding.findingId, finding.status);
    if (!finding.namedPersonIds.includes(subject.personId)) throw new FindingDoesNotNamePersonError(finding.findingId, subject.personId);
    // Decree 172/2025: one violation, one discipline. The violation is the person's: the same finding may
    // still ground a case against another person it names (the supervising head's own failing).
    const samePerson = finding.citedBy.filter((citation) => citation.personId === subject.personId && citation.caseId !== caseId);
    const decided = samePerson.find((citation) => citation.status === 'decided');
    if (decided !== undefined) throw new FindingAlreadyDisciplinedError(finding.findingId, decided);
    const open = samePerson.find((citation) => citation.status !== 'decided');
    if (open !== undefined) throw new FindingInOpenCaseError(finding.findingId, open);
  }
  const restriction = formRestrictionFor(proposedForm, subject);
  if (restriction !== null) throw new DisciplineFormNotApplicableError('proposedForm', proposedForm, restriction, subject.personId);
  const findings = command.data.findings.map(({ findingId, taskId, ruleCode, ruleVersion, on }) => ({
    findingId,
    taskId,
    ruleCode,
    ruleVersion,
    on,
  }));
  const limitation = checkLimitation(findings, proposedForm, localDateOf(at));
  return {
    type: 'DisciplinaryCaseProposed',
    data: {
      caseId,
      personId: subject.personId,
      unitId: subject.unitId,
      electedCadre: subject.electedCadre,
      holdsLeadership: subject.holdsLeadership,
      proposedForm,
      grounds,
      findings,
      limitation,
      warnings: limitationWarnings(limitation, proposedForm),
      handling: handlingPeriod(command.data.findings.map((finding) => finding.confirmedOn)),
    },
  };
}

function startReview(command: StartCaseReview, state: OpenCase): DisciplinaryCaseEvent {
  if (state.status === 'under_review') throw new CaseAlreadyUnderReviewError(command.data.caseId);
  const note = command.data.note?.normalize('NFC').trim() ?? '';
  return {
    type: 'DisciplinaryCaseReviewStarted',
    data: { caseId: command.data.caseId, personId: state.personId, note: note === '' ? null : note },
  };
}

function decideCase(command: DecideCase, state: OpenCase, at: number): DisciplinaryCaseEvent {
  const { caseId, form } = command.data;
  if (state.status === 'proposed') throw new CaseNotUnderReviewError(caseId);
  // Disciplined once, checked again at the decision: two open cases may cite one violation if they were
  // opened before the proposal check existed, or if the check could not be serialised (see the README).
  for (const finding of state.findings) {
    const decided = (command.data.citedBy[finding.findingId] ?? []).find(
      (citation) => citation.personId === state.personId && citation.caseId !== caseId && citation.status === 'decided',
    );
    if (decided !== undefined) throw new FindingAlreadyDisciplinedError(finding.findingId, decided, null);
  }
  const restriction = formRestrictionFor(form, { electedCadre: state.electedCadre, holdsLeadership: command.data.holdsLeadership });
  if (restriction !== null) throw new DisciplineFormNotApplicableError('form', form, restriction, state.personId);
  const document = {
    number: command.data.document.number.normalize('NFC').trim(),
    date: command.data.document.date,
    signer: {
      name: command.data.document.signer.name.normalize('NFC').trim(),
      title: command.data.document.signer.title.normalize('NFC').trim(),
    },
  };
  if (document.number === '') throw new DecisionDocumentInvalidError('document.number', 'thiếu số quyết định', { caseId });
  if (document.signer.name === '' || document.signer.title === '')
    throw new DecisionDocumentInvalidError('document.signer', 'thiếu họ tên hoặc chức vụ người ký', { caseId });
  if (document.date < state.proposedOn || document.date > localDateOf(at)) {
    throw new DecisionDocumentInvalidError('document.date', 'ngày ký phải từ ngày đề nghị đến ngày ghi nhận quyết định', {
      caseId,
      date: document.date,
      proposedOn: state.proposedOn,
      decidedOn: localDateOf(at),
    });
  }
  const limitation = checkLimitation(state.findings, form, state.proposedOn);
  const expired = limitation.filter((check) => check.expired).map((check) => check.findingId);
  if (expired.length > 0 && !command.data.limitationAcknowledged) throw new LimitationNotAcknowledgedError(caseId, expired);
  return {
    type: 'DisciplinaryCaseDecided',
    data: {
      caseId,
      personId: state.personId,
      proposedForm: state.proposedForm,
      form,
      document,
      limitation,
      warnings: limitationWarnings(limitation, form),
      limitationAcknowledged: expired.length > 0,
    },
  };
}

function withdraw(command: WithdrawCase, state: OpenCase): DisciplinaryCaseEvent {
  return {
    type: 'DisciplinaryCaseWithdrawn',
    data: { caseId: command.data.caseId, personId: state.personId, reason: text(command.data.reason, 'reason') },
  };
}

function extendHandling(command: ExtendCaseHandling, state: OpenCase, at: number): DisciplinaryCaseEvent {
  const { caseId, limitDays } = command.data;
  const handling = state.handling;
  // A case recorded before the period was kept has none to extend.
  if (handling === null) throw new CaseHandlingExtensionInvalidError(caseId, limitDays, HANDLING_MAX_DAYS);
  if (!Number.isInteger(limitDays) || limitDays <= handling.limitDays || limitDays > HANDLING_MAX_DAYS)
    throw new CaseHandlingExtensionInvalidError(caseId, limitDays, handling.limitDays);
  const on = localDateOf(at);
  if (on > handling.deadline) throw new CaseHandlingDeadlinePassedError(caseId, handling.deadline, on);
  const reason = text(command.data.reason, 'reason', 'lý do gia hạn (tình tiết phức tạp cần thanh tra, kiểm tra, xác minh thêm)');
  return {
    type: 'DisciplinaryCaseHandlingExtended',
    data: { caseId, personId: state.personId, limitDays, deadline: addDays(handling.startsOn, limitDays), reason },
  };
}

function text(value: string, field: 'grounds' | 'reason', what?: string): string {
  const normalised = value.normalize('NFC').trim();
  const length = [...normalised].length;
  if (length < MIN_TEXT_LENGTH || length > MAX_TEXT_LENGTH) throw new TextRequiredError(field, length, what);
  return normalised;
}
