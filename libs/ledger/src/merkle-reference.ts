import { assertHash, emptyRootHash, hashChildren } from './merkle-hash';
import { assertTreeIndex, largestPowerOfTwoBelow } from './tree-math';

/**
 * RFC 9162 §2.1 written as the RFC defines it, recursively, over leaf hashes held in memory. It is the
 * reference the stored-tree functions are tested against, and serves small verifications (an offline
 * verifier that holds a few thousand leaves). For a log of any size use the stored-node functions
 * (`treeRootHash`, `inclusionProof`, `consistencyProof`) and the appender.
 */

/** MTH(D[n]) of RFC 9162 §2.1.1: the root hash of the tree whose leaves have these hashes, in order. */
export function rootOf(leafHashes: readonly Uint8Array[]): Buffer {
  leafHashes.forEach((leafHash, index) => assertHash(leafHash, `leaf hash ${index}`));
  if (leafHashes.length === 0) return emptyRootHash();
  return subtreeRoot(leafHashes, 0, leafHashes.length);
}

/**
 * PATH(m, D[n]) of RFC 9162 §2.1.3.1: the inclusion proof of leaf `index` in the tree of these leaves,
 * the sibling nearest the leaf first. Throws a RangeError when index ≥ the number of leaves.
 */
export function inclusionPathOf(leafHashes: readonly Uint8Array[], index: number): Buffer[] {
  assertTreeIndex(index, 'leaf index');
  if (index >= leafHashes.length) throw new RangeError(`leaf index ${index} is not below the tree size ${leafHashes.length}`);
  leafHashes.forEach((leafHash, i) => assertHash(leafHash, `leaf hash ${i}`));
  return path(leafHashes, index, 0, leafHashes.length);
}

/**
 * PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the consistency proof from the tree of the first `size1` leaves to
 * the tree of all of them. Empty when size1 is 0 or equals the number of leaves (nothing to prove). Throws
 * a RangeError when size1 exceeds the number of leaves.
 */
export function consistencyProofOf(leafHashes: readonly Uint8Array[], size1: number): Buffer[] {
  assertTreeIndex(size1, 'first tree size');
  if (size1 > leafHashes.length) throw new RangeError(`first tree size ${size1} exceeds the tree size ${leafHashes.length}`);
  leafHashes.forEach((leafHash, i) => assertHash(leafHash, `leaf hash ${i}`));
  if (size1 === 0) return [];
  return subproof(leafHashes, size1, 0, leafHashes.length, true);
}

function subtreeRoot(leaves: readonly Uint8Array[], start: number, end: number): Buffer {
  if (end - start === 1) return Buffer.from(leaves[start] as Uint8Array);
  const k = largestPowerOfTwoBelow(end - start);
  return hashChildren(subtreeRoot(leaves, start, start + k), subtreeRoot(leaves, start + k, end));
}

// PATH(m, D[start:end]) with m counted from start.
function path(leaves: readonly Uint8Array[], m: number, start: number, end: number): Buffer[] {
  const n = end - start;
  if (n === 1) return [];
  const k = largestPowerOfTwoBelow(n);
  if (m < k) return [...path(leaves, m, start, start + k), subtreeRoot(leaves, start + k, end)];
  return [...path(leaves, m - k, start + k, end), subtreeRoot(leaves, start, start + k)];
}

// SUBPROOF(m, D[start:end], b) with m counted from start.
function subproof(leaves: readonly Uint8Array[], m: number, start: number, end: number, complete: boolean): Buffer[] {
  const n = end - start;
  if (m === n) return complete ? [] : [subtreeRoot(leaves, start, end)];
  const k = largestPowerOfTwoBelow(n);
  if (m <= k) return [...subproof(leaves, m, start, start + k, complete), subtreeRoot(leaves, start + k, end)];
  return [...subproof(leaves, m - k, start + k, end, false), subtreeRoot(leaves, start, start + k)];
}
