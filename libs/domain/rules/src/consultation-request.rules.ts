import { localDateOf, vnDate } from '@lib/domain/calendar';
import { actFinding, integerParameter, type Rule } from './rule-context';
import type { FindingDraft } from './rule.types';
import { actorOf, entriesOfType, snapshotAt } from './task-history';

/** Content is specific when, trimmed, it has at least `minChars` characters. */
export function isSpecific(content: string | null, minChars: number): boolean {
  return content !== null && content.normalize('NFC').trim().length >= Math.max(1, minChars);
}

/**
 * v1: a `ConsultationRequested` (as corrected) without a reply deadline, or whose content is missing or
 * shorter than `minContentChars` characters once trimmed: one finding listing what is missing (reasons
 * `no_content`, `no_reply_deadline`). Responsible: the requester.
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
      const gaps = [
        ...(isSpecific(content, minChars) ? [] : [{ reason: 'no_content', text: 'không nêu nội dung cụ thể' }]),
        ...(replyDueAt === null ? [{ reason: 'no_reply_deadline', text: 'không nêu thời hạn trả lời' }] : []),
      ];
      if (gaps.length === 0) return [];
      const by = actorOf(entry, requestedBy);
      return [
        actFinding(
          history,
          entry,
          by,
          { units: unitIds.join(', '), missing: gaps.map((gap) => gap.text).join(' và ') },
          { reasons: gaps.map((gap) => gap.reason) },
        ),
      ];
    });
  },
};

/**
 * v2: a consultation request that breaks the rule in either or both ways, reported as one finding keyed on
 * the request (its id is the same whichever reasons hold): `rounds` — a request beyond the first
 * `maxRounds` on one task; `past_deadline` — its reply deadline falls after the task's deadline in force
 * when it was made (the consultation pushes the task past its deadline). Responsible: the requester.
 * (v1 reported one finding per reason, so one act could count twice.)
 */
export const CONSULTATION_ABUSE_RULE: Rule = {
  definition: {
    code: 'CONSULTATION_ABUSE',
    version: 2,
    title: 'Lạm dụng việc lấy ý kiến để né tránh trách nhiệm, kéo dài thời gian',
    basis: 'Chỉ thị của UBND huyện An Lão: "không được lạm dụng việc lấy ý kiến ... để né tránh trách nhiệm, kéo dài thời gian".',
    templates: {
      main: 'Ngày {date}, {by} xin ý kiến lần thứ {round} về nhiệm vụ {taskId} (tối đa {maxRounds} lần).',
      past_deadline:
        'Ngày {date}, {by} xin ý kiến về nhiệm vụ {taskId} với hạn trả lời {replyDate}, sau hạn giải quyết nhiệm vụ {dueDate}.',
      rounds_past_deadline:
        'Ngày {date}, {by} xin ý kiến lần thứ {round} về nhiệm vụ {taskId} (tối đa {maxRounds} lần), với hạn trả lời ' +
        '{replyDate}, sau hạn giải quyết nhiệm vụ {dueDate}.',
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
      const { dueAt } = snapshotAt(history, entry);
      const { replyDueAt } = entry.event.data;
      const tooMany = index + 1 > maxRounds;
      const pastDeadline = dueAt !== null && replyDueAt !== null && Date.parse(replyDueAt) > Date.parse(dueAt);
      if (!tooMany && !pastDeadline) return [];
      const by = actorOf(entry, entry.event.data.requestedBy);
      const reasons = [...(tooMany ? ['rounds'] : []), ...(pastDeadline ? ['past_deadline'] : [])];
      return [
        actFinding(
          history,
          entry,
          by,
          {
            round: index + 1,
            maxRounds,
            replyDate: replyDueAt === null ? '' : vnDate(localDateOf(Date.parse(replyDueAt))),
            dueDate: dueAt === null ? '' : vnDate(localDateOf(Date.parse(dueAt))),
          },
          {
            variant: tooMany && pastDeadline ? 'rounds_past_deadline' : tooMany ? 'main' : 'past_deadline',
            reasons,
            evidenceEventIds: tooMany ? requests.slice(0, index + 1).map((request) => request.eventId) : [entry.eventId],
          },
        ),
      ];
    });
  },
};
