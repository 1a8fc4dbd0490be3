import { Inject, Injectable } from '@nestjs/common';
import type { WorkingDayCalendar } from '@lib/domain/calendar';
import { attributeResponsibility, type HolderAttribution } from '@lib/domain/custody';
import { WORKING_DAY_CALENDAR } from '../../calendar/calendar.provider';
import { OrganisationReadModel } from '../../org/organisation.read-model';
import type { TaskAsOf } from '../custody/task-as-of.reader';

/** GET /tasks/{id}/responsibility: who answers for the delay, from the custody timeline and the organisation. */
@Injectable()
export class ResponsibilityQuery {
  constructor(
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    private readonly organisation: OrganisationReadModel,
  ) {}

  /** Holder-based lines only (finding-based shares come with the detection rules); heads from the organisation as it was on each day. */
  responsibility({ timeline, status }: TaskAsOf): HolderAttribution & { statusLabel: string | null } {
    const organisation = this.organisation.current;
    const attribution = attributeResponsibility({
      timeline,
      status,
      calendar: this.calendar,
      headOf: (unitId, date) => organisation.headOn(unitId, date),
    });
    return { ...attribution, statusLabel: status?.label ?? null };
  }
}
