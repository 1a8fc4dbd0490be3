import type { StreamBatch } from './demo-city-log';
import type { Province } from './province';

export interface LoadFigures {
  target: string;
  events: number;
  streams: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * Loads the province with `writers` concurrent writers, one append per stream: first whole organisation copies
 * (within a copy a unit's stream before its people's), then the task streams in any order.
 */
export async function loadProvince(
  target: string,
  province: Province,
  writers: number,
  append: (batch: StreamBatch) => Promise<void>,
): Promise<LoadFigures> {
  const begin = Date.now();
  let events = 0;
  let streams = 0;
  let lastReport = begin;
  const appendOne = async (batch: StreamBatch): Promise<void> => {
    await append(batch);
    events += batch.events.length;
    streams += 1;
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      process.stderr.write(
        `  ${target} loading: ${events} / ~${province.targetEvents} events, ${Math.round(events / ((lastReport - begin) / 1000))} events/s\n`,
      );
    }
  };
  const copies = province.organisationCopies();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let copy = copies.next(); !copy.done; copy = copies.next()) for (const batch of copy.value) await appendOne(batch);
    }),
  );
  const tasks = province.taskStreams();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let batch = tasks.next(); !batch.done; batch = tasks.next()) await appendOne(batch.value);
    }),
  );
  const seconds = (Date.now() - begin) / 1000;
  return { target, events, streams, seconds, eventsPerSecond: events / seconds };
}
