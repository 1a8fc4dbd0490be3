import { NotFoundException } from '@nestjs/common';
import type { OrganisationTimeline } from '@lib/domain/org';
import { nfc } from '@lib/domain/reports';
import { problem } from '../http/problem-details.filter';
import { coversUnit, type Jurisdiction } from '../jurisdiction/jurisdiction';

/** Names as the organisation recorded them, NFC; ids when unknown (evidence stays readable). */
export class ReportNames {
  constructor(
    private readonly organisation: OrganisationTimeline,
    private readonly date: string,
  ) {}

  person(personId: string): string {
    return nfc(this.organisation.person(personId)?.fullName ?? personId);
  }

  unit(unitId: string): string {
    return nfc(this.organisation.unitAt(unitId, this.date)?.name ?? unitId);
  }
}

export function assertUnitKnown(organisation: OrganisationTimeline, unitId: string): void {
  if (!organisation.allUnitIds().includes(unitId))
    throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy đơn vị ${unitId}.`, { unitId }));
}

export function assertPersonKnown(organisation: OrganisationTimeline, personId: string): void {
  if (!organisation.hasPerson(personId))
    throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy cán bộ ${personId}.`, { personId }));
}

/**
 * The unit and the units whose work rolls up to it on the date (`OrganisationTimeline.unitsReportingTo`), kept to
 * the jurisdiction: always the units merged into it by then (their tasks are its own now); with subunits, its
 * tree that day too, with the units merged into any of them and the dissolved ones under their last parent.
 * A reorganisation never drops a unit's work from every report.
 */
export function unitsUnder(
  organisation: OrganisationTimeline,
  rootUnitId: string,
  date: string,
  includeSubunits: boolean,
  jurisdiction: Jurisdiction,
): string[] {
  return organisation.unitsReportingTo(rootUnitId, date, includeSubunits).filter((unitId) => coversUnit(jurisdiction, unitId));
}
