import type { LocalDate, OrganisationTimeline } from '@lib/domain/org';
import type { StatusRowPlacement } from './status-report';

/**
 * Where the status report counts a lead unit's tasks on the date, for the units in scope (null outside it):
 * the unit that answers for it then (itself, or its successor after a merger, chains followed), with the
 * lead unit's merger day, the successors between and the day the row's unit was dissolved without successor.
 */
export function statusPlacementOf(
  organisation: Pick<OrganisationTimeline, 'answeringUnitOn'>,
  date: LocalDate,
  scope: ReadonlySet<string>,
): (leadUnitId: string) => StatusRowPlacement | null {
  return (leadUnitId) => {
    if (!scope.has(leadUnitId)) return null;
    const answering = organisation.answeringUnitOn(leadUnitId, date);
    return {
      unitId: answering.unitId,
      mergedOn: answering.mergedOn,
      through: answering.mergedInto.slice(0, -1),
      dissolvedOn: answering.dissolvedOn,
    };
  };
}
