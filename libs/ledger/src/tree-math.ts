/**
 * Integer arithmetic on tree sizes and leaf indices.
 *
 * Sizes and indices are JavaScript numbers limited to safe integers (below 2^53), so that they travel as
 * plain numbers through JSON and PostgreSQL `bigint` columns read as numbers. JavaScript's bitwise operators
 * work on 32 bits only, so nothing here uses them on a size: halving is `Math.floor(x / 2)`, a low bit is
 * `x % 2`, and powers of two are `2 ** k`.
 */

/** Throws a RangeError unless `value` is a safe integer ≥ 0. Names the argument in the message. */
export function assertTreeIndex(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative safe integer, got ${String(value)}`);
  }
}

/** Number of bits needed to write `x` (0 for 0): the k with 2^(k-1) ≤ x < 2^k. */
export function bitLength(x: number): number {
  if (x < 0x1_0000_0000) return 32 - Math.clz32(x);
  return 64 - Math.clz32(Math.floor(x / 0x1_0000_0000));
}

/** Whether `x` (≥ 1) is a power of two. */
export function isPowerOfTwo(x: number): boolean {
  return x >= 1 && 2 ** (bitLength(x) - 1) === x;
}

/**
 * RFC 9162 §2.1.1's split point: the largest power of two strictly smaller than `n` (n ≥ 2). The left
 * subtree of a tree of n leaves holds this many leaves.
 */
export function largestPowerOfTwoBelow(n: number): number {
  return 2 ** (bitLength(n - 1) - 1);
}

/** Number of one bits of `x`: how many perfect subtrees make up a tree of `x` leaves. */
export function popCount(x: number): number {
  let count = 0;
  let rest = x;
  while (rest > 0) {
    count += rest % 2;
    rest = Math.floor(rest / 2);
  }
  return count;
}
