import { handOffMeasures, unitStints } from '@lib/domain/custody';
import type { TaskAsOf } from './task-as-of.reader';

/** GET /tasks/{id}/custody: the holding intervals, unit stints, status and hand-off measures of one task. */
export function custodyView({ row, timeline, status }: TaskAsOf): unknown {
  const measures = handOffMeasures(timeline);
  return {
    taskId: row.taskId,
    title: row.title,
    asOf: timeline.asOf,
    eventCount: row.eventCount,
    status: status && {
      code: status.status,
      label: status.label,
      dueAt: status.dueAt,
      workingDaysLate: status.workingDaysLate,
      workingDaysLeft: status.workingDaysLeft,
      workingDaysEarly: status.workingDaysEarly,
      pausedWorkingDays: status.pausedWorkingDays,
      paused: status.paused,
    },
    pauses: timeline.pauses.map((pause) => ({
      from: pause.from,
      to: pause.to,
      open: pause.open,
      workingDays: pause.workingDays,
      requestEventId: pause.requestEventId,
      receivedEventId: pause.receivedEventId,
    })),
    measures: {
      reassignmentCount: measures.reassignmentCount,
      hopCount: measures.hopCount,
      firstLeadUnitId: measures.firstLeadUnitId,
      completedByFirstLead: measures.completedByFirstLead,
      resolvedByFirstLead: measures.resolvedByFirstLead,
      workingPath: measures.workingPath.map((step) => ({ unitId: step.unitId, eventId: step.arrivedBy.eventId })),
      pingPong: { direct: measures.pingPong.direct, indirect: measures.pingPong.indirect },
    },
    intervals: timeline.intervals.map((interval) => ({
      index: interval.index,
      role: interval.role,
      giver: interval.giver,
      receiver: interval.holder,
      from: interval.from,
      to: interval.to,
      open: interval.open,
      heldWorkingDays: interval.heldWorkingDays,
      pausedWorkingDays: interval.pausedWorkingDays,
      workingDaysAfterDeadline: interval.overdueWorkingDays,
      daysAfterDeadline: interval.overdueDays,
      openedByEventId: interval.openedBy.eventId,
      closedByEventId: interval.closedBy?.eventId ?? null,
      grade: interval.stepLimit?.grade ?? null,
    })),
    unitStints: unitStints(timeline).map((stint) => ({
      unitId: stint.unitId,
      role: stint.role,
      persons: stint.persons,
      from: stint.from,
      to: stint.to,
      heldWorkingDays: stint.heldWorkingDays,
      workingDaysAfterDeadline: stint.overdueWorkingDays,
      openedByEventId: stint.openedBy.eventId,
      closedByEventId: stint.closedBy?.eventId ?? null,
    })),
  };
}
