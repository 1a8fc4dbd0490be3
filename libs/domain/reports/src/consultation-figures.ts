import { entriesInForce } from '@lib/domain/task';
import type { ReportTask } from './report-inputs';
import { inPeriod, type ReportPeriod, type ReportSubject } from './report-period';

/** One unit asked for its opinion in one consultation round, with its first answer when there is one. */
export interface ConsultationItem {
  taskId: string;
  consultationId: string;
  unitId: string;
  requestEventId: string;
  requestedAt: string;
  replyDueAt: string | null;
  answer: { eventId: string; at: string; personId: string } | null;
}

export interface ConsultationFigures {
  /** Requests counted: for a unit, those owed in the period; for a person, the answers they recorded in it. */
  counted: number;
  answeredOnTime: number;
  answeredLate: number;
  /** Owed but not answered by the end of the period (units only). */
  unanswered: number;
  /** Of those counted, requests that set no reply deadline (an answer to them counts as on time). */
  withoutReplyDeadline: number;
  eventIds: string[];
}

export function consultationItems(task: ReportTask, asOf: string): ConsultationItem[] {
  // Only a request opens an item: a task without one (most tasks) needs no look at which entries are in force.
  if (!task.events.some((event) => event.type === 'ConsultationRequested')) return [];
  const items = new Map<string, ConsultationItem>();
  for (const event of entriesInForce(task.events, Date.parse(asOf))) {
    if (event.type === 'ConsultationRequested') {
      for (const unitId of event.data.unitIds) {
        items.set(`${event.data.consultationId}/${unitId}`, {
          taskId: task.taskId,
          consultationId: event.data.consultationId,
          unitId,
          requestEventId: event.metadata.eventId,
          requestedAt: event.metadata.occurredAt,
          replyDueAt: event.data.replyDueAt,
          answer: null,
        });
      }
    } else if (event.type === 'ConsultationAnswered') {
      const item = items.get(`${event.data.consultationId}/${event.data.unitId}`);
      if (item === undefined || item.answer !== null) continue;
      const official = event.metadata.onBehalfOf ?? event.metadata.actor;
      item.answer = { eventId: event.metadata.eventId, at: event.metadata.occurredAt, personId: official.personId };
    }
  }
  return [...items.values()];
}

/**
 * For a unit: the requests made to it whose reply deadline fell in the period (without a deadline: requested
 * in the period), or that it answered in the period. For a person: the answers they recorded in the period.
 */
export function consultationFigures(tasks: readonly ReportTask[], subject: ReportSubject, period: ReportPeriod): ConsultationFigures {
  const figures: ConsultationFigures = {
    counted: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    unanswered: 0,
    withoutReplyDeadline: 0,
    eventIds: [],
  };
  for (const task of tasks) {
    for (const item of consultationItems(task, period.asOf)) {
      if (!counts(item, subject, period)) continue;
      figures.counted += 1;
      if (item.replyDueAt === null) figures.withoutReplyDeadline += 1;
      if (item.answer === null) {
        figures.unanswered += 1;
        figures.eventIds.push(item.requestEventId);
      } else {
        const late = item.replyDueAt !== null && Date.parse(item.answer.at) > Date.parse(item.replyDueAt);
        if (late) figures.answeredLate += 1;
        else figures.answeredOnTime += 1;
        figures.eventIds.push(item.requestEventId, item.answer.eventId);
      }
    }
  }
  figures.eventIds = [...new Set(figures.eventIds)];
  return figures;
}

function counts(item: ConsultationItem, subject: ReportSubject, period: ReportPeriod): boolean {
  if (subject.kind === 'person')
    return item.answer !== null && item.answer.personId === subject.personId && inPeriod(period, item.answer.at);
  if (!subject.unitIds.has(item.unitId)) return false;
  if (item.answer !== null && inPeriod(period, item.answer.at)) return true;
  return inPeriod(period, item.replyDueAt ?? item.requestedAt);
}
