import { actFinding, mandateHeld, type Rule } from './rule-context';
import { actorOf, entriesOfType, snapshotAt } from './task-history';

/**
 * v1: a `ReassignmentProposed` by the task's lead unit (at that time) for a task whose category was within
 * the lead's mandate that day. A lead assigned work outside its mandate by mistake may propose the right
 * unit (as it may return it: S3). Responsible: the proposer.
 */
export const LEAD_REASSIGNMENT_RULE: Rule = {
  definition: {
    code: 'LEAD_REASSIGNMENT',
    version: 1,
    title: 'Đơn vị chủ trì đề xuất giao lại nhiệm vụ cho đơn vị khác',
    basis: 'Chỉ thị của UBND thành phố Hải Phòng: "không được đề xuất giao lại cho các cơ quan, đơn vị khác".',
    templates: {
      main:
        'Ngày {date}, {by}, đơn vị chủ trì, đề xuất giao lại nhiệm vụ {taskId} (lĩnh vực "{category}", thuộc chức ' +
        'năng, nhiệm vụ của {unit}) cho {proposed}.',
    },
    parameters: {},
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    return entriesOfType(history, 'ReassignmentProposed')
      .filter((entry) => {
        const snapshot = snapshotAt(history, entry);
        const { from } = entry.event.data;
        return from.unitId === snapshot.leadUnitId && mandateHeld(context, from.unitId, snapshot.category, entry);
      })
      .map((entry) => {
        const { from, proposedUnitId } = entry.event.data;
        const by = actorOf(entry, from);
        return actFinding(history, entry, by, {
          category: snapshotAt(history, entry).category,
          unit: from.unitId,
          proposed: proposedUnitId ?? 'đơn vị khác',
        });
      });
  },
};
