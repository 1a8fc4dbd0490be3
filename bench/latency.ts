export interface Latency {
  samples: number;
  p50: number;
  p99: number;
}

/** Runs `run` on each input one after the other and returns the p50 and p99 of the times, in milliseconds. */
export async function timeEach<T>(inputs: readonly T[], run: (input: T) => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  for (const input of inputs) {
    const begin = process.hrtime.bigint();
    await run(input);
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.max(0, Math.ceil(q * times.length) - 1))] ?? Number.NaN;
  return { samples: times.length, p50: at(0.5), p99: at(0.99) };
}
