import { performance } from 'node:perf_hooks';
import { WriterEvents } from './events';
import type { Connected, Target } from './targets';

export interface AppendFigures {
  target: string;
  concurrency: number;
  batch: number;
  seconds: number;
  appends: number;
  events: number;
  /** Appended before the timed part (connections, plans); counted only to check the log read. */
  warmupEvents: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ReadFigures {
  target: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * `concurrency` writers, each on its own task stream, append batches back to back for `seconds`.
 * The events are the same for every target: writer w of a cell draws from seed (cellSeed, w).
 * Latency is per appendToStream call (one batch), generation of the batch excluded.
 */
export async function measureAppend(
  target: Target,
  concurrency: number,
  batch: number,
  seconds: number,
  warmupSeconds: number,
  cellSeed: number,
): Promise<AppendFigures> {
  const connected = await target.connect(concurrency);
  try {
    // Opens the pool's connections and warms the plans, on streams of its own.
    const warmup = await appendFor(connected, concurrency, batch, warmupSeconds, cellSeed * 1000 + 500);
    const { latencies, events, elapsed } = await appendFor(connected, concurrency, batch, seconds, cellSeed * 1000);
    latencies.sort((a, b) => a - b);
    return {
      target: target.name,
      concurrency,
      batch,
      seconds: elapsed,
      appends: latencies.length,
      events,
      warmupEvents: warmup.events,
      eventsPerSecond: events / elapsed,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
    };
  } finally {
    await connected.close();
  }
}

async function appendFor(connected: Connected, concurrency: number, batch: number, seconds: number, seed: number) {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  let events = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const source = new WriterEvents(seed + w);
      const append = connected.appender(source.streamId);
      while (performance.now() < until) {
        const next = source.nextBatch(batch);
        const t0 = performance.now();
        await append(next);
        latencies.push(performance.now() - t0);
        events += next.length;
      }
    }),
  );
  return { latencies, events, elapsed: (performance.now() - started) / 1000 };
}

export async function measureReadAll(target: Target, pageSize: number): Promise<ReadFigures> {
  const connected = await target.connect(1);
  await connected.settle();
  const started = performance.now();
  const events = await connected.readAll(pageSize).finally(() => connected.close());
  const seconds = (performance.now() - started) / 1000;
  return { target: target.name, events, seconds, eventsPerSecond: events / seconds };
}

function quantile(sorted: ReadonlyArray<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
