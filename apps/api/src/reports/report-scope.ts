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
  if (!organisation.allUnitIds().includes(unitId)) throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy đơn vị ${unitId}.`, { unitId }));
}

export function assertPersonKnown(organisation: OrganisationTimeline, personId: string): void {
  if (!organisation.hasPerson(personId)) throw new NotFoundException(problem('not-found', 'Not found', 404, `Không tìm thấy cán bộ ${personId}.`, { personId }));
}

/** The unit and, when asked, every unit under it on the date (depth first), kept to the jurisdiction. */
export function unitsUnder(organisation: OrganisationTimeline, rootUnitId: string, date: string, includeSubunits: boolean, jurisdiction: Jurisdiction): string[] {
  const units: string[] = [rootUnitId];
  if (includeSubunits) {
    for (let index = 0; index < units.length; index += 1) {
      for (const child of organisation.subunitsOn(units[index]!, date)) if (!units.includes(child)) units.push(child);
    }
  }
  return units.filter((unitId) => coversUnit(jurisdiction, unitId));
}
