import { localDateOf, vnDate } from '@lib/domain/calendar';
import { improperHandOffDraft, isImproperReturn } from './improper-handoff';
import { actFinding, arrivalOfUnit, holdClosedBy, integerParameter, mandateHeld, type Rule } from './rule-context';
import { actorOf, entriesOfType, snapshotAt } from './task-history';

const REASON_LABELS: Readonly<Record<string, string>> = {
  not_our_mandate: 'không thuộc chức năng, nhiệm vụ',
  incomplete: 'hồ sơ, tài liệu chưa đầy đủ',
  other: 'lý do khác',
};

/**
 * v1: a `TaskReturned` by a unit that held the mandate for the task's category on the day of the return,
 * whatever the reason given, unless its reason code is in `exemptReasonCodes`. Responsible: the returning
 * person (or the official who recorded it). Share: the days the task then spent elsewhere until it came back.
 */
export const IMPROPER_RETURN_RULE: Rule = {
  definition: {
    code: 'IMPROPER_RETURN',
    version: 1,
    title: 'Trả lại công việc thuộc chức năng, nhiệm vụ của mình',
    basis: 'Chỉ thị của UBND huyện An Lão: chỉ trả lại công việc không thuộc chức năng, nhiệm vụ của cơ quan, đơn vị mình.',
    templates: {
      main:
        'Ngày {date}, {by} trả lại nhiệm vụ {taskId} cho {toUnit} (lý do: {reason}) trong khi lĩnh vực "{category}" ' +
        'thuộc chức năng, nhiệm vụ của {unit} tại thời điểm đó.',
    },
    parameters: {
      exemptReasonCodes: {
        kind: 'string_list',
        default: [],
        allowed: ['not_our_mandate', 'incomplete', 'other'],
        description: 'Mã lý do trả lại không bị xét (ví dụ: incomplete — hồ sơ chưa đầy đủ).',
      },
    },
    timeBased: false,
    attributes: true,
  },
  detect(context) {
    return entriesOfType(context.history, 'TaskReturned')
      .filter((entry) => isImproperReturn(context, entry))
      .map((entry) => {
        const { from, to, reasonCode } = entry.event.data;
        return improperHandOffDraft(context, entry, from, { toUnit: to.unitId, reason: REASON_LABELS[reasonCode] ?? reasonCode });
      });
  },
};

/**
 * v1: a `TaskReturned` by a unit that did not hold the mandate for the category that day, more than
 * `maxWorkingDays` working days after the unit received the task (the start of its run of holds,
 * delegations inside it included; the day of receipt not counted). Responsible: the returning person.
 */
export const LATE_RETURN_RULE: Rule = {
  definition: {
    code: 'LATE_RETURN',
    version: 1,
    title: 'Chậm trả lại công việc không thuộc chức năng, nhiệm vụ',
    basis: 'Chỉ thị của UBND huyện An Lão: công việc không thuộc chức năng, nhiệm vụ của đơn vị "phải trả lại ngay".',
    templates: {
      main:
        'Nhiệm vụ {taskId} (lĩnh vực "{category}") không thuộc chức năng, nhiệm vụ của {unit}, nhưng {by} nhận ngày ' +
        '{receivedDate} và đến ngày {date} mới trả lại, sau {days} ngày làm việc (tối đa {maxDays} ngày làm việc).',
    },
    parameters: {
      maxWorkingDays: { kind: 'integer', default: 1, min: 0, max: 60, description: 'Số ngày làm việc tối đa để trả lại.' },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history, calendar } = context;
    const maxDays = integerParameter(context, 'maxWorkingDays');
    return entriesOfType(history, 'TaskReturned').flatMap((entry) => {
      const { from } = entry.event.data;
      const { category } = snapshotAt(history, entry);
      const hold = holdClosedBy(history, entry.eventId);
      if (hold === null || mandateHeld(context, from.unitId, category, entry)) return [];
      const arrival = arrivalOfUnit(history, hold);
      const days = calendar.workingDaysBetween(arrival.from, entry.occurredAt);
      if (days <= maxDays) return [];
      const by = actorOf(entry, from);
      return [
        actFinding(
          history,
          entry,
          by,
          { category, unit: from.unitId, receivedDate: vnDate(localDateOf(Date.parse(arrival.from))), days, maxDays },
          { evidenceEventIds: [arrival.openedBy.eventId, entry.eventId] },
        ),
      ];
    });
  },
};
