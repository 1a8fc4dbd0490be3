import { VIET_NAM_TIME_ZONE } from '../display/dates.format';

/**
 * Times typed on the recording forms are Viet Nam wall-clock times ("YYYY-MM-DDTHH:mm", shown dd/mm/yyyy HH:mm),
 * whatever the browser's own time zone; Viet Nam keeps UTC+7 all year, so the instant sent says +07:00.
 */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function vietNamInstantOf(wallClock: string): string {
  if (!WALL_CLOCK.test(wallClock)) throw new RangeError(`Not a wall-clock time: ${wallClock}`);
  return `${wallClock}:00+07:00`;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIET_NAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Viet Nam wall-clock time of an instant, to the minute (a form's "now"). */
export function vietNamWallClockOf(instant: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
