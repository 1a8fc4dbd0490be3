import { endOfLocalDay, localDateOf, vnDate, workingDaysIn } from '@lib/domain/calendar';
import { isSpecific } from './consultation-request.rules';
import { actFinding, booleanParameter, integerParameter, type Rule, type RuleContext } from './rule-context';
import type { FindingDraft } from './rule.types';
import { actorOf, entriesOfType, type HistoryEntry } from './task-history';

interface ExpectedReply {
  request: HistoryEntry;
  unitId: string;
  dueAt: string;
  dueMs: number;
  answer: HistoryEntry | null;
  /** The task was closed at the reply deadline (completed or cancelled): the consultation is moot. */
  mootAtDue: boolean;
}

/** Every (request, consulted unit) with its reply deadline: the request's, or `defaultReplyWorkingDays` after it. */
function expectedReplies(context: RuleContext): ExpectedReply[] {
  const { history, calendar } = context;
  const defaultDays = integerParameter(context, 'defaultReplyWorkingDays');
  const answers = entriesOfType(history, 'ConsultationAnswered');
  return entriesOfType(history, 'ConsultationRequested').flatMap((request) => {
    const { consultationId, unitIds, replyDueAt, requestedBy } = request.event.data;
    const dueAt = replyDueAt ?? endOfLocalDay(calendar.addWorkingDays(request.on, defaultDays));
    const dueMs = Date.parse(dueAt);
    const closedAtDue = isClosedAt(history.entries, dueMs);
    return unitIds
      .filter((unitId) => unitId !== requestedBy.unitId)
      .map((unitId) => ({
        request,
        unitId,
        dueAt,
        dueMs,
        answer:
          answers.find((answer) => answer.event.data.consultationId === consultationId && answer.event.data.unitId === unitId) ?? null,
        mootAtDue: closedAtDue,
      }));
  });
}

function isClosedAt(entries: readonly HistoryEntry[], atMs: number): boolean {
  let closed = false;
  for (const entry of entries) {
    if (entry.atMs > atMs) continue;
    if (entry.event.type === 'TaskCompleted' || entry.event.type === 'TaskCancelled') closed = true;
    if (entry.event.type === 'TaskReopened') closed = false;
  }
  return closed;
}

/**
 * v1: a consulted unit (other than the requester's) whose first reply to a request came after the reply
 * deadline, or that has not replied by `asOf` once the deadline has passed. The deadline is the request's
 * `replyDueAt`, else the end of the `defaultReplyWorkingDays`-th working day after the request. Not when
 * the task was already completed or cancelled at the deadline. The unit is deemed to agree and shares
 * responsibility; it answers through its head. Share: the working days after the deadline's day through
 * the reply's day, or through the task's closure or `asOf`.
 */
export const SILENT_CONSULTEE_RULE: Rule = {
  definition: {
    code: 'SILENT_CONSULTEE',
    version: 1,
    title: 'Không trả lời xin ý kiến đúng thời hạn',
    basis:
      'Chỉ thị của UBND huyện An Lão; Quy chế làm việc của Chính phủ và của UBND các tỉnh, thành phố: quá thời hạn ' +
      'không trả lời thì coi như đồng ý và chịu trách nhiệm về nội dung được xin ý kiến.',
    templates: {
      main:
        '{unit} được xin ý kiến ngày {requestDate} về nhiệm vụ {taskId}, hạn trả lời {replyDate}, nhưng {outcome}: ' +
        'coi như đồng ý và cùng chịu trách nhiệm từ ngày {replyDate}.',
    },
    parameters: {
      defaultReplyWorkingDays: {
        kind: 'integer',
        default: 5,
        min: 1,
        max: 60,
        description: 'Thời hạn trả lời (ngày làm việc) khi văn bản xin ý kiến không nêu.',
      },
    },
    timeBased: true,
    attributes: true,
  },
  detect(context) {
    const { history, calendar } = context;
    return expectedReplies(context).flatMap((expected): FindingDraft[] => {
      const { request, unitId, dueAt, dueMs, answer } = expected;
      if (expected.mootAtDue || (answer !== null && answer.atMs <= dueMs) || (answer === null && history.asOfMs <= dueMs)) return [];
      const dueDate = localDateOf(dueMs);
      const closure = history.timeline.closure;
      const endDate = answer?.on ?? localDateOf(closure === null ? history.asOfMs : Date.parse(closure.event.occurredAt));
      return [
        {
          variant: 'main',
          subject: unitId,
          keyEventIds: [request.eventId],
          evidenceEventIds: answer === null ? [request.eventId] : [request.eventId, answer.eventId],
          at: dueAt,
          responsible: [{ unitId, personId: null }],
          values: {
            unit: unitId,
            requestDate: vnDate(request.on),
            taskId: history.taskId,
            replyDate: vnDate(dueDate),
            outcome: answer === null ? 'không trả lời' : `đến ngày ${vnDate(answer.on)} mới trả lời`,
          },
          shareDays: workingDaysIn(calendar, dueDate, endDate),
        },
      ];
    });
  },
  nextLapse(context) {
    const { history } = context;
    const pending = expectedReplies(context)
      .filter((expected) => expected.answer === null && expected.dueMs >= history.asOfMs && history.current.open)
      .map((expected) => expected.dueMs + 1);
    return pending.length === 0 ? null : new Date(Math.min(...pending)).toISOString();
  },
};

/**
 * v1: a `ConsultationAnswered` whose stance is `deflect`, or whose content (as corrected) is missing or
 * shorter than `minContentChars`; a bare agreement counts as substantive unless `agreeNeedsContent`.
 * Responsible: the replying official (or the unit, through its head).
 */
export const EVASIVE_REPLY_RULE: Rule = {
  definition: {
    code: 'EVASIVE_REPLY',
    version: 1,
    title: 'Trả lời xin ý kiến chung chung, né tránh, đùn đẩy',
    basis: 'Chỉ thị của UBND huyện An Lão: "không được trả lời chung chung hoặc né tránh, đùn đẩy".',
    templates: { main: 'Ngày {date}, {by} trả lời xin ý kiến về nhiệm vụ {taskId} {problem}.' },
    parameters: {
      minContentChars: { kind: 'integer', default: 10, min: 1, max: 1000, description: 'Số ký tự tối thiểu của nội dung trả lời.' },
      agreeNeedsContent: { kind: 'boolean', default: false, description: 'Ý kiến "đồng ý" cũng phải có nội dung cụ thể.' },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    const minChars = integerParameter(context, 'minContentChars');
    const agreeNeedsContent = booleanParameter(context, 'agreeNeedsContent');
    return entriesOfType(history, 'ConsultationAnswered').flatMap((entry): FindingDraft[] => {
      const { stance, content, unitId } = entry.event.data;
      const needsContent = stance !== 'agree' || agreeNeedsContent;
      const problem =
        stance === 'deflect'
          ? 'với ý kiến đẩy việc sang đơn vị khác'
          : needsContent && !isSpecific(content, minChars)
            ? 'không có nội dung cụ thể'
            : null;
      if (problem === null) return [];
      const by = actorOf(entry, { unitId });
      return [actFinding(history, entry, by, { problem })];
    });
  },
};
