import type { AppointmentView, OrganisationTimeline } from '@lib/domain/org';
import type { LocalDate } from '@lib/domain/calendar';

/** The person's standing on a day, from the organisation: their unit then, and whether they held a head or deputy post. */
export interface SubjectStanding {
  /** The unit of an appointment in force that day (the latest started), else of their latest appointment; null if never appointed. */
  unitId: string | null;
  holdsLeadership: boolean;
}

export function standingOn(organisation: OrganisationTimeline, personId: string, date: LocalDate): SubjectStanding {
  const appointments = organisation.appointmentsOf(personId);
  const inForce = appointments.filter((appointment) => inForceOn(appointment, date));
  const unitOf = inForce.at(-1) ?? appointments.at(-1);
  return {
    unitId: unitOf?.unitId ?? null,
    holdsLeadership: inForce.some((appointment) => appointment.position === 'head' || appointment.position === 'deputy'),
  };
}

function inForceOn(appointment: AppointmentView, date: LocalDate): boolean {
  return appointment.from <= date && (appointment.to === null || appointment.to >= date);
}
