/**
 * Dates and times as people in Viet Nam read them, whatever the browser's own time zone: dd/mm/yyyy, 24-hour times,
 * always in Asia/Ho_Chi_Minh (the API answers UTC instants).
 */
export const VIET_NAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: VIET_NAM_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: VIET_NAM_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A calendar date as the API writes it (YYYY-MM-DD) or an instant: dd/mm/yyyy (the instant's day in Viet Nam). */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string') {
    const plainDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (plainDate) return `${plainDate[3]}/${plainDate[2]}/${plainDate[1]}`;
  }
  return dateFormat.format(instantOf(value));
}

/** An instant: "HH:mm dd/mm/yyyy" in Viet Nam time, the order of official documents ("14:05 ngày 03/02/2026" reads so). */
export function formatDateTime(value: string | Date): string {
  const instant = instantOf(value);
  return `${timeFormat.format(instant)} ${dateFormat.format(instant)}`;
}

function instantOf(value: string | Date): Date {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date or an instant: ${String(value)}`);
  return instant;
}
