import { describe, expect, it } from '@jest/globals';
import { TokenBuckets } from './token-bucket';

/** A clock the spec moves by hand (milliseconds). */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('token buckets (per-minute limits, one bucket per key)', () => {
  it('lets a full minute’s worth through at once, then refuses with the seconds until the next token', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(60, clock.now);
    for (let i = 0; i < 60; i++) expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(999);
    expect(buckets.take('a').allowed).toBe(false);
    clock.advance(1);
    expect(buckets.take('a')).toEqual({ allowed: true });
  });

  it('refills at limit/60 per second: 6 a minute is one every 10 s, and Retry-After says so', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(6, clock.now);
    for (let i = 0; i < 6; i++) buckets.take('a');
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    clock.advance(4_000);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.advance(6_000);
    expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('never holds more than the limit, however long a key stayed quiet', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(3, clock.now);
    buckets.take('a');
    clock.advance(3_600_000);
    for (let i = 0; i < 3; i++) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('keeps keys apart: one exhausted key does not slow another', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(2, clock.now);
    buckets.take('a');
    buckets.take('a');
    expect(buckets.take('a').allowed).toBe(false);
    expect(buckets.take('b')).toEqual({ allowed: true });
  });

  it('a refused request takes nothing: retrying at once does not push the next token further away', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(1, clock.now);
    buckets.take('a');
    for (let i = 0; i < 5; i++) expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    clock.advance(60_000);
    expect(buckets.take('a').allowed).toBe(true);
  });

  it('forgets keys whose bucket has refilled (memory stays bounded by the keys active within a minute)', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets(10, clock.now);
    for (let i = 0; i < 1000; i++) buckets.take(`address-${i}`);
    expect(buckets.size).toBe(1000);
    clock.advance(61_000);
    buckets.take('late');
    expect(buckets.size).toBe(1);
  });

  it('a limit of 0 is off: everything passes and nothing is kept', () => {
    const buckets = new TokenBuckets(0, manualClock().now);
    for (let i = 0; i < 1000; i++) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.size).toBe(0);
  });
});
