/** The calendar day (Asia/Ho_Chi_Minh, UTC+07:00 with no daylight saving) of an instant. */
export function localDateOf(instant: string): string {
  const millis = Date.parse(instant);
  return new Date(millis + 7 * 3600 * 1000).toISOString().slice(0, 10);
}
