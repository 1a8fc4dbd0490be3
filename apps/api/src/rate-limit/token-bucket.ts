/** What one request gets from its bucket. */
export type BucketVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MINUTE_MS = 60_000;

/**
 * One token bucket per key (a person, an address), `limitPerMinute` deep and refilled at that many tokens
 * a minute: a quiet key may send a whole minute's worth at once, a busy one gets a steady rate. Counted in
 * integer units (a request costs a minute's worth of milliseconds; each millisecond refills `limitPerMinute`),
 * so the arithmetic is exact. A bucket that has refilled is forgotten, so memory holds only the keys active
 * in the last minute. Held in this process's memory: every API instance counts for itself.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { units: number; at: number }>();
  private readonly capacity: number;
  private lastSweep: number;

  constructor(
    private readonly limitPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.capacity = limitPerMinute * MINUTE_MS;
    this.lastSweep = now();
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string): BucketVerdict {
    if (this.limitPerMinute <= 0) return { allowed: true };
    const now = this.now();
    if (now - this.lastSweep >= MINUTE_MS) this.sweep(now);
    const bucket = this.buckets.get(key);
    const units = bucket === undefined ? this.capacity : this.refilled(bucket, now);
    if (units >= MINUTE_MS) {
      this.buckets.set(key, { units: units - MINUTE_MS, at: now });
      return { allowed: true };
    }
    this.buckets.set(key, { units, at: now });
    const waitMs = Math.ceil((MINUTE_MS - units) / this.limitPerMinute);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  private refilled(bucket: { units: number; at: number }, now: number): number {
    return Math.min(this.capacity, bucket.units + Math.max(0, now - bucket.at) * this.limitPerMinute);
  }

  /** Drops the buckets that are full again: they are the same as no bucket. */
  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (this.refilled(bucket, now) >= this.capacity) this.buckets.delete(key);
  }
}
