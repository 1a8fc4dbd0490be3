import { VIET_NAM_TIME_ZONE } from '../display/dates.format';
import { addressFilter } from '../router/address-filter';

export const NETWORK_PATH = '/mang-luoi-chuyen-giao';

export type NetworkLevel = 'unit' | 'person';

/** The page's view, kept in its address: level, period (local days, YYYY-MM-DD) and the arc whose tasks are listed. */
export type NetworkFilter = {
  level?: string;
  from?: string;
  to?: string;
  giver?: string;
  receiver?: string;
};

const address = addressFilter<NetworkFilter>(NETWORK_PATH, {
  level: 'cap',
  from: 'tu-ngay',
  to: 'den-ngay',
  giver: 'ben-giao',
  receiver: 'ben-nhan',
});

/** In the address, the level reads in Vietnamese: `don-vi` (the default) or `ca-nhan`. */
const LEVEL_WORDS: Record<NetworkLevel, string> = { unit: 'don-vi', person: 'ca-nhan' };

export const networkLink = address.link;
export const networkFilterOf = address.read;

export function levelOf(filter: NetworkFilter): NetworkLevel {
  return filter.level === LEVEL_WORDS.person ? 'person' : 'unit';
}

export function levelWord(level: NetworkLevel): string | undefined {
  return level === 'unit' ? undefined : LEVEL_WORDS[level];
}

/** The year of `now` in Viet Nam, as the period shown when the address names none. */
export function yearOf(now: Date): { from: string; to: string } {
  const year = new Intl.DateTimeFormat('en-GB', { timeZone: VIET_NAM_TIME_ZONE, year: 'numeric' }).format(now);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period asked: the address's when it names both ends, else the current year. */
export function periodOf(filter: NetworkFilter, now: Date): { from: string; to: string } {
  return filter.from && filter.to ? { from: filter.from, to: filter.to } : yearOf(now);
}

/** GET /handover-network's query for the view (the arc's tasks only when one is chosen). */
export function networkQuery(filter: NetworkFilter, now: Date, withArc: boolean) {
  const period = periodOf(filter, now);
  const arc = withArc && filter.giver && filter.receiver ? { giver: filter.giver, receiver: filter.receiver } : {};
  return { level: levelOf(filter), from: period.from, to: period.to, ...arc };
}
