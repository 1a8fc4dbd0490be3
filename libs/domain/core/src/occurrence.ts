import type { CommandContext } from './command-context';
import { InvalidInstantError, OccurredInFutureError } from './domain-error';

export const DEFAULT_CLOCK_SKEW_MS = 5 * 60 * 1000;

const isoInstant = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

// Rules and projections parse the same event instants again for every judgement; bounded by clearing when full.
const parsedInstants = new Map<string, number>();
const PARSED_INSTANTS_LIMIT = 100_000;

/** Milliseconds since the epoch of an ISO 8601 instant with an explicit offset. */
export function parseInstant(value: string, field: string): number {
  const known = parsedInstants.get(value);
  if (known !== undefined) return known;
  const millis = parseInstantUncached(value, field);
  if (parsedInstants.size >= PARSED_INSTANTS_LIMIT) parsedInstants.clear();
  parsedInstants.set(value, millis);
  return millis;
}

function parseInstantUncached(value: string, field: string): number {
  const parts = isoInstant.exec(value);
  const millis = parts === null ? Number.NaN : Date.parse(value);
  // Date.parse rolls 30 February over into March; a slip dated so is a typing error.
  if (parts === null || Number.isNaN(millis) || Number(parts[3]) > daysInMonth(Number(parts[1]), Number(parts[2]))) {
    throw new InvalidInstantError(field, value);
  }
  return millis;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Backdating is allowed (paper slips are recorded late); the future is not, beyond clock skew. */
export function assertOccurredNotInFuture(context: CommandContext, clockSkewMs = DEFAULT_CLOCK_SKEW_MS): number {
  const occurredAt = parseInstant(context.occurredAt, 'occurredAt');
  const now = parseInstant(context.now, 'now');
  if (occurredAt > now + clockSkewMs) throw new OccurredInFutureError(context.occurredAt, context.now, clockSkewMs);
  return occurredAt;
}
