import { addressFilter } from '../router/address-filter';

export const ORGANISATION_PATH = '/to-chuc';

/** The day the organisation is shown as of, under `ngay=YYYY-MM-DD` in the address. */
export interface AsOfFilter extends Record<string, string | undefined> {
  date?: string;
}

const PARAMS = { date: 'ngay' } as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2025-02-29 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today in Viet Nam, YYYY-MM-DD, whatever the browser's time zone. */
export function todayInVietNam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The day in the address, or today when it is missing or not a real date. */
export function asOfDateOf(search: string, now: Date = new Date()): string {
  const date = addressFilter<AsOfFilter>(ORGANISATION_PATH, PARAMS).read(search).date;
  return date && isCalendarDate(date) ? date : todayInVietNam(now);
}

export function organisationPath(date?: string): string {
  return addressFilter<AsOfFilter>(ORGANISATION_PATH, PARAMS).link({ date });
}

export function unitPath(unitId: string, date?: string): string {
  return addressFilter<AsOfFilter>(`${ORGANISATION_PATH}/${encodeURIComponent(unitId)}`, PARAMS).link({ date });
}

export function personPath(personId: string): string {
  return `${ORGANISATION_PATH}/can-bo/${encodeURIComponent(personId)}`;
}
