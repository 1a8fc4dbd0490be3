import { actFinding, listParameter, mandateHeld, type Rule } from './rule-context';
import { actorOf, entriesOfType, snapshotAt } from './task-history';

/**
 * v1: a `SubmittedToSuperior` by a unit that held the mandate for the task's category on that day, on a
 * task that involves no other unit: no coordinating units on the assignment and no consultation of
 * another unit before the submission (a matter spanning several units' functions is for the superior to
 * reconcile: S2's submission is not a deflection). Categories listed in `decidedAboveCategories` are
 * decided by the superior by law and never fire. A reported difficulty (`DifficultyReported`) is not a
 * submission. Responsible: the submitter.
 */
export const UPWARD_DEFLECTION_RULE: Rule = {
  definition: {
    code: 'UPWARD_DEFLECTION',
    version: 1,
    title: 'Trình cấp trên công việc thuộc thẩm quyền của mình',
    basis:
      'Chỉ thị của UBND huyện An Lão: "không trình UBND huyện ... những công việc thuộc thẩm quyền"; Quyết định ' +
      '2090/QĐ-UBND của UBND thành phố Đà Nẵng.',
    templates: {
      main:
        'Ngày {date}, {by} trình {toUnit} quyết định nhiệm vụ {taskId} (lĩnh vực "{category}"), là việc thuộc thẩm ' +
        'quyền của {unit} tại thời điểm đó và không liên quan đến đơn vị khác.',
    },
    parameters: {
      decidedAboveCategories: {
        kind: 'string_list',
        default: [],
        allowed: null,
        description: 'Lĩnh vực mà pháp luật giao cấp trên quyết định dù đơn vị có chức năng tham mưu (không xét).',
      },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    const decidedAbove = listParameter(context, 'decidedAboveCategories');
    return entriesOfType(history, 'SubmittedToSuperior')
      .filter((entry) => {
        const snapshot = snapshotAt(history, entry);
        const { from } = entry.event.data;
        const consultedOthers = history.entries.some(
          (earlier) =>
            earlier.index < entry.index &&
            earlier.event.type === 'ConsultationRequested' &&
            earlier.event.data.unitIds.some((unitId) => unitId !== from.unitId),
        );
        const othersInvolved = snapshot.coordinatingUnitIds.some((unitId) => unitId !== from.unitId) || consultedOthers;
        return !othersInvolved && !decidedAbove.includes(snapshot.category) && mandateHeld(context, from.unitId, snapshot.category, entry);
      })
      .map((entry) => {
        const { from, to } = entry.event.data;
        const by = actorOf(entry, from);
        return actFinding(history, entry, by, { toUnit: to.unitId, category: snapshotAt(history, entry).category, unit: from.unitId });
      });
  },
};
