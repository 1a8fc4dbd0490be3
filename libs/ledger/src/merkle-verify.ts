import { emptyRootHash, hashChildren, HASH_SIZE } from './merkle-hash';
import { isPowerOfTwo } from './tree-math';

/**
 * Proof verification exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) write it, for
 * clients, the offline verifier and witnesses. Pure and synchronous. A malformed input (a size or index that
 * is not a safe integer, an index outside the tree, a hash that is not 32 bytes, a proof of the wrong
 * length) is a failed verification with its reason, never an exception, since proofs come from the network.
 */

/** The outcome of a verification: valid, or not and why (in English, for logs and error bodies). */
export type Verification = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const VALID: Verification = { ok: true };
const fail = (reason: string): Verification => ({ ok: false, reason });

/**
 * Verifies that the leaf whose hash is `leafHash` is leaf `index` of the tree of `size` leaves whose root
 * hash is `rootHash`, given the inclusion proof PATH(index, D[size]) (RFC 9162 §2.1.3.2).
 */
export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  rootHash: Uint8Array,
): Verification {
  const computed = rootFromInclusionProof(leafHash, index, size, proof);
  if (!computed.ok) return computed;
  if (!isHash(rootHash)) return fail('the root hash is not a 32-byte hash');
  return computed.rootHash.equals(rootHash) ? VALID : fail('the proof leads to another root hash');
}

/**
 * The root hash an inclusion proof leads to (the steps of RFC 9162 §2.1.3.2 before the final comparison),
 * or why the proof is malformed. Verifying against a root is `verifyInclusion`.
 */
export function rootFromInclusionProof(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
): { readonly ok: true; readonly rootHash: Buffer } | { readonly ok: false; readonly reason: string } {
  if (!isTreeNumber(size)) return { ok: false, reason: 'the tree size is not a non-negative safe integer' };
  if (!isTreeNumber(index)) return { ok: false, reason: 'the leaf index is not a non-negative safe integer' };
  // Step 1: compare leaf_index against tree_size.
  if (index >= size) return { ok: false, reason: `the leaf index ${index} is not below the tree size ${size}` };
  if (!isHash(leafHash)) return { ok: false, reason: 'the leaf hash is not a 32-byte hash' };
  const malformed = malformedProof(proof, inclusionProofLength(index, size));
  if (malformed) return { ok: false, reason: malformed };
  // Steps 2 to 4.
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leafHash);
  for (const p of proof) {
    if (sn === 0) return { ok: false, reason: 'the proof is too long' };
    if (fn % 2 === 1 || fn === sn) {
      r = hashChildren(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // Step 5.
  if (sn !== 0) return { ok: false, reason: 'the proof is too short' };
  return { ok: true, rootHash: r };
}

/**
 * Verifies that the tree of `size2` leaves with root hash `root2` extends the tree of `size1` leaves with
 * root hash `root1`, given the consistency proof PROOF(size1, D[size2]) (RFC 9162 §2.1.4.2). The cases the
 * RFC leaves out (it verifies 0 < size1 < size2) are decided as follows: size1 > size2 fails; size1 = size2
 * holds with an empty proof and equal roots; size1 = 0 holds with an empty proof when root1 is the empty
 * tree's hash (every tree extends the empty tree).
 */
export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): Verification {
  if (!isTreeNumber(size1)) return fail('the first tree size is not a non-negative safe integer');
  if (!isTreeNumber(size2)) return fail('the second tree size is not a non-negative safe integer');
  if (!isHash(root1)) return fail('the first root hash is not a 32-byte hash');
  if (!isHash(root2)) return fail('the second root hash is not a 32-byte hash');
  if (size1 > size2) return fail(`the first tree size ${size1} exceeds the second tree size ${size2}`);
  if (size1 === 0) {
    if (proof.length !== 0) return fail('the proof from the empty tree must be empty');
    if (!emptyRootHash().equals(root1)) return fail('the first root hash is not the empty tree hash');
    if (size2 === 0 && !emptyRootHash().equals(root2)) return fail('the second root hash is not the empty tree hash');
    return VALID;
  }
  if (size1 === size2) {
    if (proof.length !== 0) return fail('the proof between trees of the same size must be empty');
    return Buffer.from(root1).equals(root2) ? VALID : fail('the trees have the same size and different root hashes');
  }
  const malformed = malformedProof(proof, consistencyProofLength(size1, size2));
  if (malformed) return fail(malformed);
  // Step 1: an empty consistency_path fails (checked above: its length is never 0 here).
  // Step 2: if first is an exact power of 2, prepend first_hash.
  const path = isPowerOfTwo(size1) ? [Buffer.from(root1), ...proof] : proof;
  // Steps 3 and 4.
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  // Step 5.
  let fr: Buffer = Buffer.from(path[0] as Uint8Array);
  let sr = fr;
  // Step 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return fail('the proof is too long');
    if (fn % 2 === 1 || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // Step 7.
  if (sn !== 0) return fail('the proof is too short');
  if (!fr.equals(root1)) return fail('the proof leads to another first root hash');
  if (!sr.equals(root2)) return fail('the proof leads to another second root hash');
  return VALID;
}

/** The number of hashes in PATH(index, D[size]) (0 < size, index < size): the steps §2.1.3.2 takes. */
export function inclusionProofLength(index: number, size: number): number {
  let fn = index;
  let sn = size - 1;
  let length = 0;
  while (sn > 0) {
    if (fn % 2 === 0 && fn !== sn) {
      // A right sibling: one step.
    } else if (fn % 2 === 0) {
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    }
    fn = half(fn);
    sn = half(sn);
    length++;
  }
  return length;
}

/** The number of hashes in PROOF(size1, D[size2]) (0 < size1 < size2): the steps §2.1.4.2 takes. */
export function consistencyProofLength(size1: number, size2: number): number {
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = half(fn);
    sn = half(sn);
  }
  // The first element seeds fr and sr; each later one is one step.
  let length = 1;
  while (sn > 0) {
    if (fn % 2 === 0 && fn === sn) {
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    }
    fn = half(fn);
    sn = half(sn);
    length++;
  }
  // When size1 is a power of two the verifier supplies root1 as the first element itself.
  return isPowerOfTwo(size1) ? length - 1 : length;
}

function malformedProof(proof: readonly Uint8Array[], expectedLength: number): string | undefined {
  if (!Array.isArray(proof)) return 'the proof is not a list of hashes';
  if (proof.length !== expectedLength) return `the proof has ${proof.length} hashes, ${expectedLength} expected`;
  const bad = proof.findIndex((element) => !isHash(element));
  return bad >= 0 ? `proof element ${bad} is not a 32-byte hash` : undefined;
}

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

function isTreeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function half(x: number): number {
  return Math.floor(x / 2);
}
