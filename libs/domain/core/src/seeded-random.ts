import { present } from './present';
/**
 * A small deterministic generator (mulberry32): the same seed always gives the same sequence.
 * The demo city (organisation and tasks) never reads `Math.random` or the clock; every choice comes from here.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = hashSeed(seed);
  }

  /** A generator started at this exact state (no hashing of the seed): the demo organisation's sequences. */
  static fromState(state: number): SeededRandom {
    const random = new SeededRandom(0);
    random.state = state >>> 0;
    return random;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return present(items[Math.floor(this.next() * items.length)], 'the item drawn');
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return present(items[items.length - 1], 'the last weighted item')[0];
  }

  /** A new array in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [result[i], result[j]] = [present(result[j], 'the item to swap'), present(result[i], 'the item to swap')];
    }
    return result;
  }

  /** `count` distinct items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  /** An independent generator for one part of the output, so parts do not shift each other. */
  fork(salt: number): SeededRandom {
    return new SeededRandom((Math.floor(this.next() * 4294967296) ^ hashSeed(salt)) >>> 0);
  }
}

/** A 32-bit mix of the seed (murmur3 finaliser), so that nearby seeds give unrelated sequences. */
export function hashSeed(seed: number): number {
  let h = Math.trunc(seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
