import { describe, expect, it } from '@jest/globals';
import type { CommandContext } from './command-context';
import { InvalidInstantError, OccurredInFutureError } from './domain-error';
import { assertOccurredNotInFuture, parseInstant } from './occurrence';

const actor = { personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: [] };
const at = (occurredAt: string, now = '2026-03-02T09:00:00+07:00'): CommandContext => ({ actor, occurredAt, now });

describe('when something occurred', () => {
  it('may lie in the past: paper slips are recorded late', () => {
    expect(assertOccurredNotInFuture(at('2026-02-27T16:30:00+07:00'))).toBe(Date.UTC(2026, 1, 27, 9, 30));
  });

  it('may lie ahead of the clock by up to five minutes by default', () => {
    expect(assertOccurredNotInFuture(at('2026-03-02T09:05:00+07:00'))).toBe(Date.UTC(2026, 2, 2, 2, 5));
    expect(() => assertOccurredNotInFuture(at('2026-03-02T09:05:01+07:00'))).toThrow(OccurredInFutureError);
  });

  it('uses the skew it is given', () => {
    expect(() => assertOccurredNotInFuture(at('2026-03-02T09:00:01+07:00'), 0)).toThrow(OccurredInFutureError);
  });

  it('must be an ISO instant with an offset', () => {
    expect(() => parseInstant('2026-03-02', 'occurredAt')).toThrow(InvalidInstantError);
    expect(() => parseInstant('2026-03-02T09:00:00', 'occurredAt')).toThrow(InvalidInstantError);
    expect(() => parseInstant('2026-02-30T09:00:00Z', 'occurredAt')).toThrow(InvalidInstantError);
    expect(parseInstant('2026-03-02T02:00:00Z', 'occurredAt')).toBe(Date.UTC(2026, 2, 2, 2));
  });
});

describe('parseInstant (cached)', () => {
  it('answers a second parse of the same text the same, and still refuses bad text after good', () => {
    expect(parseInstant('2026-03-02T09:00:00+07:00', 'occurredAt')).toBe(Date.parse('2026-03-02T02:00:00Z'));
    expect(parseInstant('2026-03-02T09:00:00+07:00', 'occurredAt')).toBe(Date.parse('2026-03-02T02:00:00Z'));
    expect(() => parseInstant('2026-02-30T09:00:00+07:00', 'occurredAt')).toThrow(InvalidInstantError);
    expect(() => parseInstant('2026-02-30T09:00:00+07:00', 'occurredAt')).toThrow(InvalidInstantError);
  });
});
