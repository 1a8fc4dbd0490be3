import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  const draws = (seed: number) => {
    const random = new SeededRandom(seed);
    return Array.from({ length: 5 }, () => random.next());
  };

  it('repeats its sequence for a seed and differs for the next seed', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(43)).not.toEqual(draws(42));
    expect(draws(42).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('keeps integers in range, shuffles without losing items, and forks independent streams', () => {
    const random = new SeededRandom(7);
    const integers = Array.from({ length: 200 }, () => random.integer(2, 4));
    expect(new Set(integers)).toEqual(new Set([2, 3, 4]));
    expect(random.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(random.sample(['a', 'b', 'c'], 2)).toHaveLength(2);
    expect(random.weighted([['only', 1]] as const)).toBe('only');
    expect(() => random.pick([])).toThrow(RangeError);
    const [a, b] = [new SeededRandom(1).fork(1), new SeededRandom(1).fork(2)];
    expect(a.next()).not.toBe(b.next());
  });
});
