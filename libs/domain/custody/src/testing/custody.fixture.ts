import type { LocalDate } from '@lib/domain/calendar';
import { calendar, HEADS, officials } from '@lib/domain/task/testing';
import type { CustodySourceEvent } from '../custody-entry';
import { custodyLogOf } from '../custody-log';
import { custodyTimeline } from '../custody-timeline';
import type { CustodyInterval, StepLimitSource } from '../custody-timeline.types';
import { handOffMeasures, handoverEdges } from '../handover-measures';
import { attributeResponsibility } from '../holder-attribution';
import type { FindingShare } from '../responsibility-line';
import { taskStatus } from '../task-status';

// The cast, the days and the task-event builder are the story kit's: one definition for every spec.
export { calendar, D, day, due, party, TaskStory, unit } from '@lib/domain/task/testing';
export const { tranVanAn, nguyenThiBinh, leVanCuong, phamMinhDung, voThiEn, hoangVanGiang, doThiHoa, truongVanSon, ngoThiLan } = officials;

/** Heads as in March 2026; a unit not listed has no head. */
export function headOf(unitId: string, _date: LocalDate): string | null {
  return HEADS[unitId] ?? null;
}

/** Everything the lib derives for one task as of an instant. */
export function analyse(
  events: readonly CustodySourceEvent[],
  asOf: string,
  options: { dueSoonWorkingDays?: number; stepLimits?: StepLimitSource; findingShares?: FindingShare[] } = {},
) {
  const timeline = custodyTimeline(custodyLogOf(events), { asOf, calendar, stepLimits: options.stepLimits });
  const status = taskStatus(timeline, { calendar, dueSoonWorkingDays: options.dueSoonWorkingDays });
  const measures = handOffMeasures(timeline);
  const edges = handoverEdges(timeline, calendar);
  const attribution = attributeResponsibility({ timeline, status, calendar, headOf, findingShares: options.findingShares });
  return { timeline, status, measures, edges, attribution };
}

/** The parts of an interval a scenario states. */
export function intervalBrief(interval: CustodyInterval) {
  return {
    holder: interval.holder,
    role: interval.role,
    giver: interval.giver,
    from: interval.from,
    to: interval.to,
    openedBy: interval.openedBy.eventId,
    closedBy: interval.closedBy?.eventId ?? null,
    held: interval.heldWorkingDays,
    overdue: interval.overdueDays,
  };
}
