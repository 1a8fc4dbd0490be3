import { present } from '@lib/domain/core';
import { vnDate } from '@lib/domain/calendar';
import { handOffMeasures, type PathStep } from '@lib/domain/custody';
import { improperHandOffIds } from './improper-handoff';
import { integerParameter, partyLabel, type RuleContext, type Rule } from './rule-context';
import type { FindingDraft, PartyRef } from './rule.types';
import { actorOf, type HistoryEntry } from './task-history';

/**
 * v2, on the custody lib's working path (holding units, the assigning authority's desk left out,
 * repeats collapsed; a proper return to the authority and a reassignment are not a loop: S3):
 * - `return`: the task arrives back at a unit it left earlier (A → B → A direct, A → … → A indirect);
 * - `hops`: the working path has more than `maxHops` moves between units (the reassignment count); one
 *   finding, keyed on the move that crossed the limit.
 * A pattern is a finding only when at least one hand-off in it was improper (own work transferred, or
 * work within the mandate returned); it is attributed to the parties of those improper hand-offs.
 * A route of proper hand-offs is a mis-assignment by the authority, not buck-passing.
 * One act, one finding: when the move that crosses the hop limit also closes a loop, the loop's finding
 * lists both reasons (`return`, `hops`) and no separate `hops` finding is reported (v1 reported two).
 */
export const PING_PONG_RULE: Rule = {
  definition: {
    code: 'PING_PONG',
    version: 2,
    title: 'Chuyển qua lại, đùn đẩy nhiệm vụ giữa các đơn vị',
    basis:
      'Các chỉ thị chấn chỉnh tình trạng đùn đẩy, né tránh trách nhiệm: Công văn 2128/UBND-TH và Quyết định ' +
      '2090/QĐ-UBND của UBND thành phố Đà Nẵng; chỉ thị của UBND huyện An Lão, UBND thành phố Hải Phòng, UBND tỉnh Thanh Hóa.',
    templates: {
      main:
        'Nhiệm vụ {taskId} rời {unit} ngày {leftDate} và quay lại ngày {backDate} ({kind}, qua {via}); chuyển giao ' +
        'không đúng do {by}.',
      hops:
        'Nhiệm vụ {taskId} đã chuyển giữa các đơn vị {hops} lần (tối đa {maxHops} lần), lần vượt ngày {date}; chuyển ' +
        'giao không đúng do {by}.',
      return_hops:
        'Nhiệm vụ {taskId} rời {unit} ngày {leftDate} và quay lại ngày {backDate} ({kind}, qua {via}); lần chuyển này ' +
        'cũng vượt số lần chuyển tối đa: {hops} lần (tối đa {maxHops} lần); chuyển giao không đúng do {by}.',
    },
    parameters: {
      maxHops: { kind: 'integer', default: 3, min: 1, max: 50, description: 'Số lần chuyển giữa các đơn vị tối đa.' },
    },
    timeBased: false,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    const improper = improperHandOffIds(context);
    if (improper.size === 0) return [];
    const entryById = new Map(history.entries.map((entry) => [entry.eventId, entry]));
    const path = handOffMeasures(history.timeline).workingPath;
    const drafts: FindingDraft[] = [];
    const lastSeen = new Map<string, number>();
    path.forEach((step, index) => {
      const previous = lastSeen.get(step.unitId);
      lastSeen.set(step.unitId, index);
      if (previous === undefined) return;
      const loop = path.slice(previous + 1, index + 1);
      const blamed = improperIn(loop, improper, entryById);
      if (blamed.length === 0) return;
      const left = present(loop[0], 'the move that left').arrivedBy;
      drafts.push({
        variant: 'main',
        reasons: ['return'],
        subject: '',
        keyEventIds: loop.map((hop) => hop.arrivedBy.eventId),
        evidenceEventIds: loop.map((hop) => hop.arrivedBy.eventId),
        at: step.arrivedBy.occurredAt,
        responsible: blamed,
        values: {
          taskId: history.taskId,
          unit: step.unitId,
          leftDate: vnDate(present(entryById.get(left.eventId), 'the move that left').on),
          backDate: vnDate(present(entryById.get(step.arrivedBy.eventId), 'the move back').on),
          kind: index - previous === 2 ? 'chuyển qua lại trực tiếp' : 'quay vòng gián tiếp',
          via: path
            .slice(previous + 1, index)
            .map((between) => between.unitId)
            .join(' → '),
          by: blamed.map(partyLabel).join('; '),
        },
      });
    });
    return withHops(drafts, hopsDraft(context, path, improper, entryById));
  },
};

/** Adds the hop-limit finding, or, when its crossing move closed a loop, its reason to that loop's finding. */
function withHops(loops: FindingDraft[], hops: FindingDraft | null): FindingDraft[] {
  if (hops === null) return loops;
  const crossing = hops.keyEventIds[0];
  const index = loops.findIndex((loop) => loop.keyEventIds.at(-1) === crossing);
  const loop = loops[index];
  if (loop === undefined) return [...loops, hops];
  const responsible = [...loop.responsible];
  for (const party of hops.responsible) {
    if (!responsible.some((known) => known.unitId === party.unitId && known.personId === party.personId)) responsible.push(party);
  }
  const merged: FindingDraft = {
    ...loop,
    variant: 'return_hops',
    reasons: ['return', 'hops'],
    evidenceEventIds: hops.evidenceEventIds,
    responsible,
    values: {
      ...loop.values,
      hops: present(hops.values['hops'], 'the hop count'),
      maxHops: present(hops.values['maxHops'], 'the hop limit'),
      by: responsible.map(partyLabel).join('; '),
    },
  };
  return loops.map((draft, at) => (at === index ? merged : draft));
}

function hopsDraft(
  context: RuleContext,
  path: readonly PathStep[],
  improper: ReadonlySet<string>,
  entryById: ReadonlyMap<string, HistoryEntry>,
): FindingDraft | null {
  const maxHops = integerParameter(context, 'maxHops');
  if (path.length - 1 <= maxHops) return null;
  const moves = path.slice(1);
  const blamed = improperIn(moves, improper, entryById);
  if (blamed.length === 0) return null;
  const crossing = present(path[maxHops + 1], 'the move that crossed the limit').arrivedBy;
  return {
    variant: 'hops',
    reasons: ['hops'],
    subject: 'hops',
    keyEventIds: [crossing.eventId],
    evidenceEventIds: moves.map((move) => move.arrivedBy.eventId),
    at: crossing.occurredAt,
    responsible: blamed,
    values: {
      taskId: context.history.taskId,
      hops: moves.length,
      maxHops,
      date: vnDate(present(entryById.get(crossing.eventId), 'the move that crossed the limit').on),
      by: blamed.map(partyLabel).join('; '),
    },
  };
}

function improperIn(steps: readonly PathStep[], improper: ReadonlySet<string>, entryById: ReadonlyMap<string, HistoryEntry>): PartyRef[] {
  const parties: PartyRef[] = [];
  for (const step of steps) {
    const entry = entryById.get(step.arrivedBy.eventId);
    if (entry === undefined || !improper.has(entry.eventId)) continue;
    if (entry.event.type !== 'TaskTransferred' && entry.event.type !== 'TaskReturned') continue;
    const party = actorOf(entry, entry.event.data.from);
    if (!parties.some((known) => known.unitId === party.unitId && known.personId === party.personId)) parties.push(party);
  }
  return parties;
}
