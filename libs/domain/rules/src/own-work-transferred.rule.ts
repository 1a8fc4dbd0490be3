import { improperHandOffDraft, isOwnWorkTransfer } from './improper-handoff';
import type { Rule } from './rule-context';
import { entriesOfType } from './task-history';

/**
 * v1: a `TaskTransferred` whose giver unit held the mandate for the task's category on the day of the
 * transfer, to another unit. Responsible: the giver person (or the official who recorded it for the
 * unit). Share: the working days the task then spent elsewhere until it came back (`daysElsewhereAfter`).
 */
export const OWN_WORK_TRANSFERRED_RULE: Rule = {
  definition: {
    code: 'OWN_WORK_TRANSFERRED',
    version: 1,
    title: 'Chuyển công việc thuộc thẩm quyền của mình sang đơn vị khác',
    basis:
      'Công văn 2128/UBND-TH của UBND thành phố Đà Nẵng; chỉ thị của UBND huyện An Lão: "không được chuyển công việc ' +
      'thuộc thẩm quyền ... sang cơ quan, đơn vị khác".',
    templates: {
      main:
        'Ngày {date}, {by} chuyển nhiệm vụ {taskId} (lĩnh vực "{category}", thuộc chức năng, nhiệm vụ của {unit} tại ' +
        'thời điểm đó) sang {toUnit}.',
    },
    parameters: {},
    timeBased: false,
    attributes: true,
  },
  detect(context) {
    return entriesOfType(context.history, 'TaskTransferred')
      .filter((entry) => isOwnWorkTransfer(context, entry))
      .map((entry) => improperHandOffDraft(context, entry, entry.event.data.from, { toUnit: entry.event.data.to.unitId }));
  },
};
