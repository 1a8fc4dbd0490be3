import { present } from '@lib/domain/core';
import { localDateOf, startOfLocalDay, vnDate } from '@lib/domain/calendar';
import { deadlineOn, movedDueDate, pausedThrough } from '@lib/domain/custody';
import { partyLabel, type Rule } from './rule-context';
import type { FindingDraft } from './rule.types';

const DELAYED = new Set(['overdue', 'completed_late']);

/**
 * v1: on a task that is overdue or was completed late (custody status), one finding per hold with working
 * days held after the deadline in force on each day (custody's `overdueDays`), against the holder (the
 * unit's head when only the unit is known). No finding share: custody's holder-based attribution already
 * charges these days (`HELD_AFTER_DEADLINE`), so a share would count them twice.
 */
export const OVERDUE_HOLD_RULE: Rule = {
  definition: {
    code: 'OVERDUE_HOLD',
    version: 1,
    title: 'Giữ nhiệm vụ quá hạn',
    basis:
      'Công văn 2128/UBND-TH của UBND thành phố Đà Nẵng; chỉ đạo của UBND tỉnh Thanh Hóa và UBND thành phố Hải Phòng ' +
      'về chấm dứt chậm trễ, kéo dài.',
    templates: { main: '{by} giữ nhiệm vụ {taskId} {days} ngày làm việc sau hạn {dueDate} (từ {firstDate} đến {lastDate}).' },
    parameters: {},
    timeBased: true,
    attributes: false,
  },
  detect(context) {
    const { history } = context;
    if (history.status === null || !DELAYED.has(history.status.status)) return [];
    return history.timeline.intervals
      .filter((interval) => interval.overdueDays.length > 0)
      .map((interval): FindingDraft => {
        const first = present(interval.overdueDays[0], 'the first overdue day');
        const last = present(interval.overdueDays[interval.overdueDays.length - 1], 'the last overdue day');
        const recordedDue = deadlineOn(history.timeline.deadlines, first)?.dueDate ?? first;
        const dueDate = movedDueDate(context.calendar, recordedDue, pausedThrough(history.timeline.pauses, first));
        return {
          variant: 'main',
          subject: '',
          keyEventIds: [interval.openedBy.eventId],
          evidenceEventIds:
            interval.closedBy === null ? [interval.openedBy.eventId] : [interval.openedBy.eventId, interval.closedBy.eventId],
          at: startOfLocalDay(first),
          responsible: [interval.holder],
          values: {
            by: partyLabel(interval.holder),
            taskId: history.taskId,
            days: interval.overdueDays.length,
            dueDate: vnDate(dueDate),
            firstDate: vnDate(first),
            lastDate: vnDate(last),
          },
        };
      });
  },
  nextLapse(context) {
    const { history, calendar } = context;
    const { current } = history;
    // The deadline in force as moved by a dossier's pauses; none lapses while the applicant is awaited.
    const dueAt = history.status?.dueAt ?? current.dueAt;
    if (!current.open || dueAt === null || (history.status?.status ?? '') === 'overdue' || history.status?.paused === true) return null;
    const dueDate = localDateOf(Date.parse(dueAt));
    const lapse = startOfLocalDay(calendar.addWorkingDays(dueDate, 1));
    return Date.parse(lapse) > history.asOfMs ? lapse : null;
  },
};
