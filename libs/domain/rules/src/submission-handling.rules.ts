import { actFinding, listParameter, mandateHeld, type Rule } from './rule-context';
import type { FindingDraft } from './rule.types';
import { actorOf, entriesOfType, snapshotAt, type HistoryEntry } from './task-history';

/**
 * v1: a `SubmittedToSuperior` while a consulted unit's latest reply before it (across the task's
 * consultations) has a stance in `blockingStances`. A reconciliation is recorded as that unit's later
 * reply with another stance (a revision, or a reply to a new round); the task lib has no other
 * reconciliation entry. Silent units are deemed to agree (S2). Responsible: the submitter.
 */
export const UNAGREED_SUBMISSION_RULE: Rule = {
  definition: {
    code: 'UNAGREED_SUBMISSION',
    version: 1,
    title: 'Trình khi còn đơn vị không thống nhất mà chưa tổ chức thống nhất ý kiến',
    basis: 'Chỉ thị của UBND huyện An Lão: phải tổ chức thống nhất ý kiến với các đơn vị có ý kiến khác trước khi trình.',
    templates: {
      main:
        'Ngày {date}, {by} trình nhiệm vụ {taskId} lên {toUnit} trong khi {units} không thống nhất và chưa có ghi nhận ' +
        'thống nhất ý kiến.',
    },
    parameters: {
      blockingStances: {
        kind: 'string_list',
        default: ['disagree'],
        allowed: ['disagree', 'conditional', 'deflect'],
        description: 'Ý kiến được coi là không thống nhất.',
      },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    const blocking = listParameter(context, 'blockingStances');
    const answers = entriesOfType(history, 'ConsultationAnswered');
    return entriesOfType(history, 'SubmittedToSuperior').flatMap((entry): FindingDraft[] => {
      const latest = new Map<string, HistoryEntry & { event: { type: 'ConsultationAnswered' } }>();
      for (const answer of answers) if (answer.index < entry.index) latest.set(answer.event.data.unitId, answer);
      const disagreeing = [...latest.values()].filter((answer) => blocking.includes(answer.event.data.stance));
      if (disagreeing.length === 0) return [];
      const { from, to } = entry.event.data;
      const by = actorOf(entry, from);
      return [
        actFinding(
          history,
          entry,
          by,
          { toUnit: to.unitId, units: disagreeing.map((answer) => answer.event.data.unitId).join(', ') },
          { evidenceEventIds: [...disagreeing.map((answer) => answer.eventId), entry.eventId] },
        ),
      ];
    });
  },
};

/**
 * v1: a `TaskCompleted` by a unit that is neither the lead at that time, nor the assigning authority, nor
 * a holder of the mandate for the task's category that day ("decides" = completes with a result; a
 * superior's direction on a submission is not handling). Responsible: the completing person.
 */
export const UNASSIGNED_HANDLING_RULE: Rule = {
  definition: {
    code: 'UNASSIGNED_HANDLING',
    version: 1,
    title: 'Giải quyết công việc thuộc chức năng của cơ quan, đơn vị khác',
    basis:
      'Chỉ thị của UBND tỉnh Thanh Hóa; chỉ thị của UBND huyện An Lão: "không được giải quyết công việc thuộc chức ' +
      'năng ... của cơ quan khác".',
    templates: {
      main:
        'Ngày {date}, {by} hoàn thành nhiệm vụ {taskId} trong khi đơn vị chủ trì là {leadUnit} và lĩnh vực "{category}" ' +
        'không thuộc chức năng, nhiệm vụ của {unit}.',
    },
    parameters: {},
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    return entriesOfType(history, 'TaskCompleted').flatMap((entry): FindingDraft[] => {
      const snapshot = snapshotAt(history, entry);
      const { by: party } = entry.event.data;
      if (
        party.unitId === snapshot.leadUnitId ||
        party.unitId === snapshot.assigningAuthority.unitId ||
        mandateHeld(context, party.unitId, snapshot.category, entry)
      ) {
        return [];
      }
      const by = actorOf(entry, party);
      return [actFinding(history, entry, by, { leadUnit: snapshot.leadUnitId, category: snapshot.category, unit: party.unitId })];
    });
  },
};
