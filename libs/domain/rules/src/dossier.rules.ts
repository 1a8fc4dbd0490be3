import { present } from '@lib/domain/core';
import { endOfLocalDay, localDateOf, vnDate } from '@lib/domain/calendar';
import { movedDueDate, movedInstant } from '@lib/domain/custody';
import { holdAt, integerParameter, partyLabel, type Rule, type RuleContext } from './rule-context';
import type { FindingDraft, PartyRef } from './rule.types';
import { entriesOfType, type HistoryEntry } from './task-history';

function holderAt(context: RuleContext, atMs: number): PartyRef {
  return holdAt(context.history, atMs)?.holder ?? { unitId: context.history.current.leadUnitId, personId: null };
}

function cancelledBy(context: RuleContext, atMs: number): boolean {
  return context.history.entries.some((entry) => entry.event.type === 'TaskCancelled' && entry.atMs <= atMs);
}

/**
 * v1: on a dossier, each `SupplementRequested` beyond the first `maxRequests`. Responsible: the official
 * who recorded the request and its approver.
 */
export const REPEATED_SUPPLEMENT_RULE: Rule = {
  definition: {
    code: 'REPEATED_SUPPLEMENT',
    version: 1,
    title: 'Yêu cầu bổ sung hồ sơ nhiều lần',
    basis: 'Quyết định 2090/QĐ-UBND của UBND thành phố Đà Nẵng: chấm dứt việc "hướng dẫn bổ sung hồ sơ nhiều lần không thống nhất".',
    templates: {
      main:
        'Ngày {date}, {by} yêu cầu bổ sung hồ sơ {taskId} lần thứ {count} (tối đa {maxRequests} lần; giai đoạn: {stage}; ' +
        'căn cứ: {legalBasis}; người phê duyệt: {approver}).',
    },
    parameters: {
      maxRequests: { kind: 'integer', default: 1, min: 1, max: 20, description: 'Số lần yêu cầu bổ sung tối đa trên một hồ sơ.' },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    if (history.current.kind !== 'dossier') return [];
    const maxRequests = integerParameter(context, 'maxRequests');
    const requests = entriesOfType(history, 'SupplementRequested');
    return requests.slice(maxRequests).map((entry): FindingDraft => {
      const { stage, legalBasis, approvedBy } = entry.event.data;
      const by: PartyRef = { unitId: entry.official.unitId, personId: entry.official.personId };
      const approver: PartyRef = { unitId: approvedBy.unitId, personId: approvedBy.personId };
      const count = requests.indexOf(entry) + 1;
      return {
        variant: 'main',
        subject: '',
        keyEventIds: [entry.eventId],
        evidenceEventIds: requests.slice(0, count).map((request) => request.eventId),
        at: entry.occurredAt,
        responsible: approver.personId === by.personId ? [by] : [by, approver],
        values: {
          date: vnDate(entry.on),
          by: partyLabel(by),
          taskId: history.taskId,
          count,
          maxRequests,
          stage,
          legalBasis,
          approver: partyLabel(approver),
        },
      };
    });
  },
};

interface Moved {
  at: string;
  ms: number;
  /** The working days it moved by: those of the pauses that began after `sinceMs` and before it lapsed. */
  pausedDays: number;
}

/**
 * A time limit running since `sinceMs` (a promise since its slip, the slip since registration), moved by
 * the working days the dossier then waited for the applicant's supplement: each pause that began before
 * the limit (as moved so far) lapsed moves it by its working days, keeping the time of day. A pause that
 * begins after the limit lapsed excuses nothing.
 */
function movedByPauses(context: RuleContext, instant: string, sinceMs: number): Moved {
  const originalDay = localDateOf(Date.parse(instant));
  let moved: Moved = { at: instant, ms: Date.parse(instant), pausedDays: 0 };
  for (const pause of context.history.timeline.pauses) {
    const fromMs = Date.parse(pause.from);
    if (fromMs < sinceMs || pause.workingDays === 0) continue;
    if (fromMs > moved.ms) break;
    const pausedDays = moved.pausedDays + pause.workingDays;
    const at = movedInstant(instant, originalDay, movedDueDate(context.calendar, originalDay, pausedDays));
    moved = { at, ms: Date.parse(at), pausedDays };
  }
  return moved;
}

/** A pause is running at `asOf`: nothing a pause moves can lapse before the applicant answers. */
function waitingForApplicant(context: RuleContext): boolean {
  return context.history.timeline.pauses.some((pause) => pause.open);
}

interface ReturnPromise {
  entry: HistoryEntry;
  promisedAt: string;
  /** The promise as moved by the pauses since it was made. */
  promisedMs: number;
  moved: Moved;
  /** The first result return or apology after this promise, whichever came first. */
  cover: HistoryEntry | null;
}

function promisesOf(context: RuleContext): ReturnPromise[] {
  const { history } = context;
  const result = entriesOfType(history, 'ResultReturned')[0] ?? null;
  const promises = history.entries.filter((entry) => entry.event.type === 'AppointmentIssued' || entry.event.type === 'ApologyIssued');
  return promises
    .filter((entry) => result === null || entry.index < result.index)
    .map((entry, index) => {
      const promisedAt =
        entry.event.type === 'AppointmentIssued'
          ? entry.event.data.returnBy
          : entry.event.type === 'ApologyIssued'
            ? entry.event.data.newReturnBy
            : '';
      const next = promises[index + 1] ?? null;
      const cover =
        [next, result].filter((candidate): candidate is HistoryEntry => candidate !== null).sort((a, b) => a.index - b.index)[0] ?? null;
      const moved = movedByPauses(context, promisedAt, entry.atMs);
      return { entry, promisedAt, promisedMs: moved.ms, moved, cover };
    });
}

/**
 * v2: on a dossier, a promised return date (appointment slip, or the new date of an apology slip), moved
 * by the lawful pauses since it was made (v1 knew none), that passed with neither the result returned nor
 * an apology issued by then: the result or the apology came later, or by `asOf` neither has (unless the
 * dossier was cancelled first). Against the holder when the promise lapsed.
 */
export const LATE_RESULT_NO_APOLOGY_RULE: Rule = {
  definition: {
    code: 'LATE_RESULT_NO_APOLOGY',
    version: 2,
    title: 'Trả kết quả quá hạn hẹn mà không có phiếu xin lỗi',
    basis: 'Quyết định 2090/QĐ-UBND của UBND thành phố Đà Nẵng: hồ sơ quá hạn phải có văn bản xin lỗi và hẹn lại ngày trả kết quả.',
    templates: {
      main: 'Hồ sơ {taskId} hẹn trả kết quả ngày {promisedDate} nhưng {outcome}, không có phiếu xin lỗi trước hạn hẹn; người giữ hồ sơ: {by}.',
      paused:
        'Hồ sơ {taskId} hẹn trả kết quả ngày {promisedDate}, lùi đến ngày {movedDate} do {pausedDays} ngày làm việc chờ người nộp ' +
        'bổ sung hồ sơ, nhưng {outcome}, không có phiếu xin lỗi trước hạn hẹn; người giữ hồ sơ: {by}.',
    },
    parameters: {},
    timeBased: true,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    if (history.current.kind !== 'dossier') return [];
    return promisesOf(context).flatMap((promise): FindingDraft[] => {
      const { entry, promisedMs, cover, moved } = promise;
      if (cover !== null ? cover.atMs <= promisedMs : history.asOfMs <= promisedMs || cancelledBy(context, history.asOfMs)) return [];
      const holder = holderAt(context, promisedMs);
      const outcome =
        cover === null
          ? `đến ngày ${vnDate(localDateOf(history.asOfMs))} chưa trả kết quả`
          : cover.event.type === 'ResultReturned'
            ? `đến ngày ${vnDate(cover.on)} mới trả kết quả`
            : `đến ngày ${vnDate(cover.on)} mới có phiếu xin lỗi`;
      return [
        {
          variant: moved.pausedDays === 0 ? 'main' : 'paused',
          subject: '',
          keyEventIds: [entry.eventId],
          evidenceEventIds: cover === null ? [entry.eventId] : [entry.eventId, cover.eventId],
          at: new Date(promisedMs + 1).toISOString(),
          responsible: [holder],
          values: {
            taskId: history.taskId,
            promisedDate: vnDate(localDateOf(Date.parse(promise.promisedAt))),
            ...(moved.pausedDays === 0 ? {} : { movedDate: vnDate(localDateOf(promisedMs)), pausedDays: moved.pausedDays }),
            outcome,
            by: partyLabel(holder),
          },
        },
      ];
    });
  },
  nextLapse(context) {
    const { history } = context;
    if (history.current.kind !== 'dossier' || !history.current.open || waitingForApplicant(context)) return null;
    const pending = promisesOf(context).filter((promise) => promise.cover === null && promise.promisedMs >= history.asOfMs);
    const first = pending[0];
    return first === undefined ? null : new Date(first.promisedMs + 1).toISOString();
  },
};

function appointmentDue(context: RuleContext): { registration: HistoryEntry; dueMs: number; appointment: HistoryEntry | null } {
  const registration = present(context.history.entries[0], 'the registration');
  const dueDate = context.calendar.addWorkingDays(registration.on, integerParameter(context, 'graceWorkingDays'));
  const appointment = context.history.entries.find((entry) => entry.event.type === 'AppointmentIssued') ?? null;
  return { registration, dueMs: movedByPauses(context, endOfLocalDay(dueDate), registration.atMs).ms, appointment };
}

/**
 * v2: a dossier whose appointment slip was not issued by the end of the `graceWorkingDays`-th working day
 * after its registration (the first assignment; 0 = the registration day, or the next working day when
 * registered on a day off), moved by the lawful pauses since (v1 knew none): issued later, or not at all
 * by `asOf` (unless cancelled by then). Against the holder at that deadline.
 */
export const NO_APPOINTMENT_RULE: Rule = {
  definition: {
    code: 'NO_APPOINTMENT',
    version: 2,
    title: 'Tiếp nhận hồ sơ không có phiếu hẹn trả kết quả',
    basis: 'Quyết định 2090/QĐ-UBND của UBND thành phố Đà Nẵng: hồ sơ tiếp nhận phải có phiếu hẹn trả kết quả.',
    templates: { main: 'Hồ sơ {taskId} tiếp nhận ngày {date} nhưng {outcome} (hạn cấp phiếu hẹn: {dueDate}); người giữ hồ sơ: {by}.' },
    parameters: {
      graceWorkingDays: {
        kind: 'integer',
        default: 0,
        min: 0,
        max: 10,
        description: 'Số ngày làm việc được phép cấp phiếu hẹn sau khi tiếp nhận.',
      },
    },
    timeBased: true,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    if (history.current.kind !== 'dossier') return [];
    const { registration, dueMs, appointment } = appointmentDue(context);
    if (appointment !== null ? appointment.atMs <= dueMs : history.asOfMs <= dueMs || cancelledBy(context, dueMs)) return [];
    const holder = holderAt(context, dueMs);
    return [
      {
        variant: 'main',
        subject: '',
        keyEventIds: [registration.eventId],
        evidenceEventIds: appointment === null ? [registration.eventId] : [registration.eventId, appointment.eventId],
        at: new Date(dueMs + 1).toISOString(),
        responsible: [holder],
        values: {
          taskId: history.taskId,
          date: vnDate(registration.on),
          outcome: appointment === null ? 'không có phiếu hẹn trả kết quả' : `đến ngày ${vnDate(appointment.on)} mới cấp phiếu hẹn`,
          dueDate: vnDate(localDateOf(dueMs)),
          by: partyLabel(holder),
        },
      },
    ];
  },
  nextLapse(context) {
    const { history } = context;
    if (history.current.kind !== 'dossier' || !history.current.open || waitingForApplicant(context)) return null;
    const { dueMs, appointment } = appointmentDue(context);
    return appointment === null && dueMs >= history.asOfMs ? new Date(dueMs + 1).toISOString() : null;
  },
};
