import { actsForUnit, effectiveOfficial, leadsUnit, parseInstant } from '@lib/domain/core';
import type { AnswerConsultation, DirectTask, RequestConsultation, SubmitToSuperior } from './task.commands';
import type { ConsultationAnswered, ConsultationRequested, SubmittedToSuperior, SuperiorDirected } from './task.events';
import {
  ConsultationAlreadyAnsweredError,
  ConsultationIdTakenError,
  ConsultationNeedsOtherUnitError,
  InvalidStanceError,
  NoPendingSubmissionError,
  NotMemberOfUnitError,
  NotSubmissionRecipientError,
  SubmissionPendingError,
  UnitNotConsultedError,
  UnknownConsultationError,
} from './task.errors';
import { optionalText, requireHolder, requireOpen, requireText } from './task-guards';
import type { AssignedTask } from './task-state';
import { STANCES, type Stance } from './task-values';

/** A request without content or reply deadline is recorded as is: VAGUE_CONSULTATION judges it later. */
export function requestConsultation(command: RequestConsultation, task: AssignedTask): ConsultationRequested[] {
  const open = requireHolder(task, command.context, command.type);
  const { consultationId, replyDueAt } = command.data;
  if (open.consultations.some((consultation) => consultation.consultationId === consultationId)) {
    throw new ConsultationIdTakenError(consultationId);
  }
  const holderUnitId = open.custody.holder.unitId;
  const unitIds = [...new Set(command.data.unitIds)];
  if (!unitIds.some((unitId) => unitId !== holderUnitId)) throw new ConsultationNeedsOtherUnitError(holderUnitId);
  if (replyDueAt !== undefined) parseInstant(replyDueAt, 'replyDueAt');
  return [
    {
      type: 'ConsultationRequested',
      data: {
        consultationId,
        requestedBy: open.custody.holder,
        unitIds,
        content: optionalText(command.data.content),
        replyDueAt: replyDueAt ?? null,
      },
    },
  ];
}

/** Once per unit and consultation; a later answer is accepted only as a revision of the stance. */
export function answerConsultation(command: AnswerConsultation, task: AssignedTask): ConsultationAnswered[] {
  const open = requireOpen(task, command.type);
  const { consultationId, unitId, stance } = command.data;
  const consultation = open.consultations.find((candidate) => candidate.consultationId === consultationId);
  if (consultation === undefined) throw new UnknownConsultationError(consultationId);
  if (!consultation.unitIds.includes(unitId)) throw new UnitNotConsultedError(unitId, consultationId);
  const official = effectiveOfficial(command.context);
  if (!actsForUnit(official, unitId)) throw new NotMemberOfUnitError(official.personId, unitId);
  if (!isStance(stance)) throw new InvalidStanceError(stance);
  const previous = consultation.answers.filter((answer) => answer.unitId === unitId).at(-1);
  if (previous !== undefined && previous.stance === stance) {
    throw new ConsultationAlreadyAnsweredError(unitId, consultationId, stance);
  }
  return [
    {
      type: 'ConsultationAnswered',
      data: { consultationId, unitId, stance, content: optionalText(command.data.content), revision: previous !== undefined },
    },
  ];
}

function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

/** The holder keeps custody while the superior decides; the submission is a pending question, not a hand-off. */
export function submitToSuperior(command: SubmitToSuperior, task: AssignedTask): SubmittedToSuperior[] {
  const open = requireHolder(task, command.context, command.type);
  if (open.pendingSubmission !== null) throw new SubmissionPendingError(open.pendingSubmission.eventId);
  return [
    {
      type: 'SubmittedToSuperior',
      data: {
        from: open.custody.holder,
        to: command.data.to,
        content: optionalText(command.data.content),
        allConsultedAgreed: command.data.allConsultedAgreed,
      },
    },
  ];
}

export function directTask(command: DirectTask, task: AssignedTask): SuperiorDirected[] {
  const open = requireOpen(task, command.type);
  const submission = open.pendingSubmission;
  if (submission === null) throw new NoPendingSubmissionError();
  const official = effectiveOfficial(command.context);
  const isRecipient = official.personId === submission.to.personId || leadsUnit(official, submission.to.unitId);
  if (!isRecipient) throw new NotSubmissionRecipientError(official.personId, submission.to.unitId);
  return [
    {
      type: 'SuperiorDirected',
      data: { submissionEventId: submission.eventId, direction: requireText(command.data.direction, 'direction') },
    },
  ];
}
