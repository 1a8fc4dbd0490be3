import { handOffMeasures, unitStints } from '@lib/domain/custody';
import { taskCategoryLabel } from '@lib/domain/task';
import type { OrganisationNames } from './organisation-names';
import type { TaskAsOf } from './task-as-of.reader';

/**
 * GET /tasks/{id}/custody: the holding intervals, unit stints, status and hand-off measures of one task, with
 * names beside ids as the organisation named them on the day of each hand-over.
 */
export function custodyView({ row, timeline, status }: TaskAsOf, names: OrganisationNames): unknown {
  const measures = handOffMeasures(timeline);
  const firstLead = timeline.intervals.find((interval) => interval.role === 'lead' && interval.holder.unitId === measures.firstLeadUnitId);
  return {
    taskId: row.taskId,
    title: row.title,
    category: row.category,
    categoryLabel: taskCategoryLabel(row.category),
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
      firstLeadUnitName: names.unitName(measures.firstLeadUnitId, firstLead?.from ?? timeline.asOf),
      completedByFirstLead: measures.completedByFirstLead,
      resolvedByFirstLead: measures.resolvedByFirstLead,
      workingPath: measures.workingPath.map((step) => ({
        unitId: step.unitId,
        unitName: names.unitName(step.unitId, step.arrivedBy.occurredAt),
        eventId: step.arrivedBy.eventId,
      })),
      pingPong: { direct: measures.pingPong.direct, indirect: measures.pingPong.indirect },
    },
    intervals: timeline.intervals.map((interval) => ({
      index: interval.index,
      role: interval.role,
      giver: interval.giver && names.party(interval.giver, interval.from),
      receiver: names.party(interval.holder, interval.from),
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
      unitName: names.unitName(stint.unitId, stint.from),
      role: stint.role,
      persons: stint.persons,
      personNames: names.personNames(stint.persons),
      from: stint.from,
      to: stint.to,
      heldWorkingDays: stint.heldWorkingDays,
      workingDaysAfterDeadline: stint.overdueWorkingDays,
      openedByEventId: stint.openedBy.eventId,
      closedByEventId: stint.closedBy?.eventId ?? null,
    })),
  };
}
