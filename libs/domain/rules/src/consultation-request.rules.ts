import { integerParameter, partyLabel, type Rule } from './rule-context';
import type { FindingDraft } from './rule.types';
import { actorOf, entriesOfType, snapshotAt } from './task-history';
import { localDateOf, vnDate } from './vn-day';

/** Content is specific when, trimmed, it has at least `minChars` characters. */
export function isSpecific(content: string | null, minChars: number): boolean {
  return content !== null && content.normalize('NFC').trim().length >= Math.max(1, minChars);
}

/**
 * v1: a `ConsultationRequested` (as corrected) without a reply deadline, or whose content is missing or
 * shorter than `minContentChars` characters once trimmed. Responsible: the requester.
 */
export const VAGUE_CONSULTATION_RULE: Rule = {
  definition: {
    code: 'VAGUE_CONSULTATION',
    version: 1,
    title: 'Xin ý kiến không nêu rõ nội dung hoặc thời hạn trả lời',
    basis: 'Chỉ thị của UBND huyện An Lão: văn bản xin ý kiến phải nêu rõ nội dung cần xin ý kiến và thời hạn trả lời.',
    templates: { main: 'Ngày {date}, {by} xin ý kiến {units} về nhiệm vụ {taskId} nhưng {missing}.' },
    parameters: {
      minContentChars: { kind: 'integer', default: 10, min: 1, max: 1000, description: 'Số ký tự tối thiểu của nội dung xin ý kiến.' },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    const minChars = integerParameter(context, 'minContentChars');
    return entriesOfType(history, 'ConsultationRequested').flatMap((entry): FindingDraft[] => {
      const { requestedBy, unitIds, content, replyDueAt } = entry.event.data;
      const missing = [
        ...(isSpecific(content, minChars) ? [] : ['không nêu nội dung cụ thể']),
        ...(replyDueAt === null ? ['không nêu thời hạn trả lời'] : []),
      ];
      if (missing.length === 0) return [];
      const by = actorOf(entry, requestedBy);
      return [
        {
          variant: 'main',
          subject: '',
          keyEventIds: [entry.eventId],
          evidenceEventIds: [entry.eventId],
          at: entry.occurredAt,
          responsible: [by],
          values: { date: vnDate(entry.on), by: partyLabel(by), units: unitIds.join(', '), taskId: history.taskId, missing: missing.join(' và ') },
        },
      ];
    });
  },
};

/**
 * v1: `rounds` — each consultation request beyond the first `maxRounds` on one task; `past_deadline` —
 * a request whose reply deadline falls after the task's deadline in force when it was made (the
 * consultation pushes the task past its deadline). Responsible: the requester.
 */
export const CONSULTATION_ABUSE_RULE: Rule = {
  definition: {
    code: 'CONSULTATION_ABUSE',
    version: 1,
    title: 'Lạm dụng việc lấy ý kiến để né tránh trách nhiệm, kéo dài thời gian',
    basis:
      'Chỉ thị của UBND huyện An Lão: "không được lạm dụng việc lấy ý kiến ... để né tránh trách nhiệm, kéo dài thời gian".',
    templates: {
      main: 'Ngày {date}, {by} xin ý kiến lần thứ {round} về nhiệm vụ {taskId} (tối đa {maxRounds} lần).',
      past_deadline:
        'Ngày {date}, {by} xin ý kiến về nhiệm vụ {taskId} với hạn trả lời {replyDate}, sau hạn giải quyết nhiệm vụ {dueDate}.',
    },
    parameters: {
      maxRounds: { kind: 'integer', default: 2, min: 1, max: 50, description: 'Số đợt xin ý kiến tối đa trên một nhiệm vụ.' },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    const maxRounds = integerParameter(context, 'maxRounds');
    const requests = entriesOfType(history, 'ConsultationRequested');
    return requests.flatMap((entry, index): FindingDraft[] => {
      const by = actorOf(entry, entry.event.data.requestedBy);
      const drafts: FindingDraft[] = [];
      if (index + 1 > maxRounds) {
        drafts.push({
          variant: 'main',
          subject: 'rounds',
          keyEventIds: [entry.eventId],
          evidenceEventIds: requests.slice(0, index + 1).map((request) => request.eventId),
          at: entry.occurredAt,
          responsible: [by],
          values: { date: vnDate(entry.on), by: partyLabel(by), round: index + 1, taskId: history.taskId, maxRounds },
        });
      }
      const { dueAt } = snapshotAt(history, entry);
      const { replyDueAt } = entry.event.data;
      if (dueAt !== null && replyDueAt !== null && Date.parse(replyDueAt) > Date.parse(dueAt)) {
        drafts.push({
          variant: 'past_deadline',
          subject: 'past_deadline',
          keyEventIds: [entry.eventId],
          evidenceEventIds: [entry.eventId],
          at: entry.occurredAt,
          responsible: [by],
          values: {
            date: vnDate(entry.on),
            by: partyLabel(by),
            taskId: history.taskId,
            replyDate: vnDate(localDateOf(Date.parse(replyDueAt))),
            dueDate: vnDate(localDateOf(Date.parse(dueAt))),
          },
        });
      }
      return drafts;
    });
  },
};
