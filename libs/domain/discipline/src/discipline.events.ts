import type { DomainEvent, RecordedEvent } from '@lib/domain/core';
import type { DecisionDocument } from './discipline.commands';
import type { DisciplineForm } from './discipline.forms';
import type { HandlingPeriod } from './handling-period';
import type { LocalDate } from '@lib/domain/calendar';
import type { CaseWarning, LimitationCheck } from './statute-of-limitations';

/** A cited finding as the case keeps it (only confirmed findings are cited). */
export interface CaseFinding {
  findingId: string;
  taskId: string;
  ruleCode: string;
  ruleVersion: number;
  on: LocalDate;
}

export interface CaseProposedData {
  caseId: string;
  personId: string;
  unitId: string;
  electedCadre: boolean;
  holdsLeadership: boolean;
  proposedForm: DisciplineForm;
  /** The grounds in writing, NFC. */
  grounds: string;
  findings: CaseFinding[];
  limitation: LimitationCheck[];
  warnings: CaseWarning[];
  /** The time limit for handling the case (90 days from the earliest confirmation of a cited finding). */
  handling: HandlingPeriod;
}

export interface CaseReviewStartedData {
  caseId: string;
  personId: string;
  note: string | null;
}

export interface CaseDecidedData {
  caseId: string;
  personId: string;
  proposedForm: DisciplineForm;
  form: DisciplineForm;
  document: DecisionDocument;
  /** The limitation for the form decided, measured to the day the case was proposed. */
  limitation: LimitationCheck[];
  warnings: CaseWarning[];
  limitationAcknowledged: boolean;
}

export interface CaseWithdrawnData {
  caseId: string;
  personId: string;
  reason: string;
}

export interface CaseHandlingExtendedData {
  caseId: string;
  personId: string;
  /** The new length of the period, in days (at most 150). */
  limitDays: number;
  /** The new last day. */
  deadline: LocalDate;
  reason: string;
}

export type DisciplinaryCaseProposed = DomainEvent<'DisciplinaryCaseProposed', CaseProposedData>;
export type DisciplinaryCaseReviewStarted = DomainEvent<'DisciplinaryCaseReviewStarted', CaseReviewStartedData>;
export type DisciplinaryCaseDecided = DomainEvent<'DisciplinaryCaseDecided', CaseDecidedData>;
export type DisciplinaryCaseWithdrawn = DomainEvent<'DisciplinaryCaseWithdrawn', CaseWithdrawnData>;
export type DisciplinaryCaseHandlingExtended = DomainEvent<'DisciplinaryCaseHandlingExtended', CaseHandlingExtendedData>;
export type DisciplinaryCaseEvent =
  | DisciplinaryCaseProposed
  | DisciplinaryCaseReviewStarted
  | DisciplinaryCaseDecided
  | DisciplinaryCaseWithdrawn
  | DisciplinaryCaseHandlingExtended;
export type RecordedDisciplinaryCaseEvent = RecordedEvent<DisciplinaryCaseEvent>;

export const DISCIPLINARY_CASE_EVENT_TYPES = [
  'DisciplinaryCaseProposed',
  'DisciplinaryCaseReviewStarted',
  'DisciplinaryCaseDecided',
  'DisciplinaryCaseWithdrawn',
  'DisciplinaryCaseHandlingExtended',
] as const;
export const DISCIPLINARY_CASE_CATEGORY = 'disciplinary_case';
export const disciplinaryCaseStreamId = (caseId: string): string => `${DISCIPLINARY_CASE_CATEGORY}-${caseId}`;
