import { isPersonEvent, type OrgEvent } from './org.events';

export const unitStreamId = (unitId: string): string => `unit-${unitId}`;
export const personStreamId = (personId: string): string => `person-${personId}`;

/** The stream an organisation event belongs to. */
export function orgStreamIdOf(event: OrgEvent): string {
  return isPersonEvent(event) ? personStreamId(event.data.personId) : unitStreamId(event.data.unitId);
}
