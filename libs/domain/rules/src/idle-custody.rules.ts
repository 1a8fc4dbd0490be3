import { present } from '@lib/domain/core';
import { localDateOf, startOfLocalDay, vnDate } from '@lib/domain/calendar';
import { pausedIn, type CustodyInterval } from '@lib/domain/custody';
import { holdAt, integerParameter, partyLabel, type Rule, type RuleContext } from './rule-context';
import type { FindingDraft, PartyRef } from './rule.types';
import type { HistoryEntry } from './task-history';

interface Gap {
  last: HistoryEntry;
  next: HistoryEntry | null;
}

/** The spells an open task spent with no entry after each entry: to the next entry, or to `asOf`. */
function gapsOf(context: RuleContext): Gap[] {
  const { entries, current } = context.history;
  const gaps: Gap[] = [];
  entries.forEach((entry, index) => {
    const next = entries[index + 1] ?? null;
    const openAfter = next === null ? current.open : next.before?.open === true;
    if (openAfter) gaps.push({ last: entry, next });
  });
  return gaps;
}

/** The first instant at which `days` full working days have passed after the local day of `from`. */
function lapseAfter(context: RuleContext, fromDate: string, days: number): string {
  return startOfLocalDay(context.calendar.addWorkingDays(fromDate, days + 1));
}

/**
 * v1: an open task with no entry in force (any primary entry; voided ones do not count, corrections and
 * voidings are bookkeeping) for more than `maxIdleWorkingDays` working days: between two entries, or from
 * the last one to `asOf`. One finding per idle spell, keyed on the entry it followed (so it keeps its id
 * when the spell ends), against the holder at that entry. Working days a dossier waited for the applicant's
 * supplement are not idle (a pause ends with an entry, so they open the spell), and no spell lapses while a
 * pause runs.
 */
export const STALLED_RULE: Rule = {
  definition: {
    code: 'STALLED',
    version: 1,
    title: 'Nhiệm vụ bị ngưng trệ, không được xử lý',
    basis: 'Các chỉ thị chấn chỉnh tình trạng "chậm trễ, kéo dài" trong giải quyết công việc (Đà Nẵng, Thanh Hóa, Hải Phòng, An Lão).',
    templates: {
      main:
        'Nhiệm vụ {taskId} do {by} giữ không có hoạt động nào trong {days} ngày làm việc, từ sau ngày {lastDate} đến ngày ' +
        '{untilDate} (tối đa {maxDays} ngày làm việc).',
    },
    parameters: {
      maxIdleWorkingDays: { kind: 'integer', default: 10, min: 1, max: 250, description: 'Số ngày làm việc tối đa không có hoạt động.' },
    },
    timeBased: true,
    attributes: false,
  },
  detect(context) {
    const { history, calendar } = context;
    const maxDays = integerParameter(context, 'maxIdleWorkingDays');
    return gapsOf(context).flatMap(({ last, next }): FindingDraft[] => {
      const until = next?.occurredAt ?? history.asOf;
      const paused = pausedIn(history.timeline.pauses, last.on, localDateOf(Date.parse(until))).length;
      const days = calendar.workingDaysBetween(last.occurredAt, until) - paused;
      if (days <= maxDays) return [];
      const holder: PartyRef = holdAt(history, last.atMs)?.holder ?? { unitId: history.current.leadUnitId, personId: null };
      return [
        {
          variant: 'main',
          subject: '',
          keyEventIds: [last.eventId],
          evidenceEventIds: next === null ? [last.eventId] : [last.eventId, next.eventId],
          at: lapseAfter(context, last.on, maxDays + paused),
          responsible: [holder],
          values: {
            taskId: history.taskId,
            by: partyLabel(holder),
            days,
            lastDate: vnDate(last.on),
            untilDate: vnDate(next?.on ?? localDateOf(history.asOfMs)),
            maxDays,
          },
        },
      ];
    });
  },
  nextLapse(context) {
    const last = context.history.entries.at(-1);
    if (last === undefined || !context.history.current.open || context.history.timeline.pauses.some((pause) => pause.open)) return null;
    const lapse = lapseAfter(context, last.on, integerParameter(context, 'maxIdleWorkingDays'));
    return Date.parse(lapse) > context.history.asOfMs ? lapse : null;
  },
};

type Lack = 'no_person' | 'no_lead';

interface Spell {
  lack: Lack;
  intervals: CustodyInterval[];
}

function lackOf(interval: CustodyInterval): Lack | null {
  if (interval.role === 'assigning_authority') return 'no_lead';
  return interval.role === 'lead' && interval.holder.personId === null ? 'no_person' : null;
}

function spellsOf(context: RuleContext): Spell[] {
  const spells: Spell[] = [];
  for (const interval of context.history.timeline.intervals) {
    const lack = lackOf(interval);
    const last = spells.at(-1);
    const previous = context.history.timeline.intervals[interval.index - 1];
    if (lack === null) continue;
    if (
      last !== undefined &&
      last.lack === lack &&
      previous !== undefined &&
      last.intervals.at(-1) === previous &&
      previous.to === interval.from
    ) {
      last.intervals.push(interval);
    } else {
      spells.push({ lack, intervals: [interval] });
    }
  }
  return spells;
}

/**
 * v1: an open task held, for more than `maxWorkingDays` working days, by its lead unit with no person
 * responsible (not delegated, none named at assignment: `no_person`, the unit's head answers), or by the
 * assigning authority after a return, awaiting a new lead (`no_lead`, the authority answers).
 */
export const UNOWNED_TASK_RULE: Rule = {
  definition: {
    code: 'UNOWNED_TASK',
    version: 1,
    title: 'Nhiệm vụ không rõ người chịu trách nhiệm hoặc đơn vị chủ trì',
    basis:
      'Chỉ thị của UBND tỉnh Thanh Hóa: "không bỏ sót nhiệm vụ"; yêu cầu "rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành".',
    templates: {
      main:
        'Nhiệm vụ {taskId} ở {unit} từ ngày {fromDate} mà chưa phân công người chịu trách nhiệm trong {days} ngày làm ' +
        'việc (tối đa {maxDays} ngày làm việc).',
      no_lead:
        'Nhiệm vụ {taskId} được trả về {unit} ngày {fromDate} và chưa được giao đơn vị chủ trì trong {days} ngày làm ' +
        'việc (tối đa {maxDays} ngày làm việc).',
    },
    parameters: {
      maxWorkingDays: { kind: 'integer', default: 2, min: 0, max: 60, description: 'Số ngày làm việc tối đa chưa rõ người, rõ đơn vị.' },
    },
    timeBased: true,
    attributes: false,
  },
  detect(context) {
    const { history, calendar } = context;
    const maxDays = integerParameter(context, 'maxWorkingDays');
    return spellsOf(context).flatMap((spell): FindingDraft[] => {
      const first = present(spell.intervals[0], 'the first hold of the spell');
      const last = present(spell.intervals.at(-1), 'the last hold of the spell');
      const days = calendar.workingDaysBetween(first.from, last.end);
      if (days <= maxDays) return [];
      const fromDate = localDateOf(Date.parse(first.from));
      return [
        {
          variant: spell.lack === 'no_lead' ? 'no_lead' : 'main',
          subject: spell.lack,
          keyEventIds: [first.openedBy.eventId],
          evidenceEventIds: last.closedBy === null ? [first.openedBy.eventId] : [first.openedBy.eventId, last.closedBy.eventId],
          at: lapseAfter(context, fromDate, maxDays),
          responsible: [first.holder],
          values: { taskId: history.taskId, unit: first.holder.unitId, fromDate: vnDate(fromDate), days, maxDays },
        },
      ];
    });
  },
  nextLapse(context) {
    const open = spellsOf(context).find((spell) => spell.intervals.at(-1)?.open === true);
    if (open === undefined) return null;
    const fromDate = localDateOf(Date.parse(present(open.intervals[0], 'the first hold of the spell').from));
    const lapse = lapseAfter(context, fromDate, integerParameter(context, 'maxWorkingDays'));
    return Date.parse(lapse) > context.history.asOfMs ? lapse : null;
  },
};
