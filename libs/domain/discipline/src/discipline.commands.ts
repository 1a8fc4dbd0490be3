import type { DomainCommand } from '@lib/domain/core';
import type { CaseSubjectStanding, DisciplineForm } from './discipline.forms';
import type { LocalDate } from '@lib/domain/calendar';
import type { FindingStatus } from '@lib/domain/finding-review';

/** A finding as the findings read model shows it when the case cites it: the decider never reads it itself. */
export interface CitedFinding {
  findingId: string;
  taskId: string;
  ruleCode: string;
  ruleVersion: number;
  status: FindingStatus;
  /** The day of the conduct. */
  on: LocalDate;
  /** Persons the finding names, responsible or supervisory. */
  namedPersonIds: readonly string[];
  /** The day the inspectorate confirmed it (the confirmation in force): the handling period runs from the earliest. */
  confirmedOn: LocalDate;
  /** Other cases, not withdrawn, that cite this finding, as the caller read them from every case stream. */
  citedBy: readonly FindingCitation[];
}

/** Another case citing a finding: a withdrawn case frees its findings and is never passed. */
export interface FindingCitation {
  caseId: string;
  personId: string;
  status: 'proposed' | 'under_review' | 'decided';
  /** The decision, once decided. */
  decision: { number: string; date: LocalDate; form: DisciplineForm } | null;
}

export interface CaseSubject extends CaseSubjectStanding {
  personId: string;
  /** The person's unit on the day of the proposal: the case's unit for jurisdiction. */
  unitId: string;
}

/** The decision document ("quyết định kỷ luật"): its number, date and who signed it. */
export interface DecisionDocument {
  number: string;
  date: LocalDate;
  signer: { name: string; title: string };
}

export type ProposeCase = DomainCommand<
  'ProposeCase',
  { caseId: string; subject: CaseSubject; proposedForm: DisciplineForm; grounds: string; findings: readonly CitedFinding[] }
>;
export type StartCaseReview = DomainCommand<'StartCaseReview', { caseId: string; note: string | null }>;
export type DecideCase = DomainCommand<
  'DecideCase',
  {
    caseId: string;
    form: DisciplineForm;
    document: DecisionDocument;
    /** Whether the person holds a head or deputy post on the day of the decision. */
    holdsLeadership: boolean;
    /** Set by the official who decides although a cited conduct's limitation has run out. */
    limitationAcknowledged: boolean;
    /** By finding id: the cases, not withdrawn, that cite the case's findings, as the caller read them (this case included or not). */
    citedBy: Readonly<Record<string, readonly FindingCitation[]>>;
  }
>;
export type WithdrawCase = DomainCommand<'WithdrawCase', { caseId: string; reason: string }>;
/** Extends the handling period of a complex case to `limitDays` (at most 150), with the reason. */
export type ExtendCaseHandling = DomainCommand<'ExtendCaseHandling', { caseId: string; limitDays: number; reason: string }>;
export type DisciplinaryCaseCommand = ProposeCase | StartCaseReview | DecideCase | WithdrawCase | ExtendCaseHandling;
