import { hash } from 'node:crypto';

/**
 * RFC 9162 (Certificate Transparency version 2.0) §2.1.1 Merkle tree hashing with SHA-256, the hash every
 * Certificate Transparency, Trillian, Tessera and Sigstore log uses:
 *
 * - the hash of the empty tree is SHA-256 of the empty string;
 * - a leaf's hash is SHA-256(0x00 || leaf bytes);
 * - an interior node's hash is SHA-256(0x01 || left child hash || right child hash).
 *
 * The distinct prefixes keep a leaf from being passed off as an interior node (second-preimage attacks).
 */

/** Size in bytes of every hash in the tree (SHA-256). */
export const HASH_SIZE = 32;

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** The root hash of the tree with no leaf: SHA-256(""). A fresh Buffer each call. */
export function emptyRootHash(): Buffer {
  return hash('sha256', Buffer.alloc(0), 'buffer');
}

/** The hash of a leaf: SHA-256(0x00 || leaf bytes). */
export function hashLeaf(leaf: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(leaf.length + 1);
  input[0] = LEAF_PREFIX;
  input.set(leaf, 1);
  return hash('sha256', input, 'buffer');
}

// Scratch input of an interior node's hash, reused: the appender computes one per leaf appended, and one
// SHA-256 over a reused buffer is the cheapest way Node offers (no concatenation, no Hash object).
const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeInput[0] = NODE_PREFIX;

/** The hash of an interior node: SHA-256(0x01 || left || right). Both children must be 32-byte hashes. */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) {
    throw new RangeError(`a child hash must be ${HASH_SIZE} bytes, got ${left.length} and ${right.length}`);
  }
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_SIZE);
  return hash('sha256', nodeInput, 'buffer');
}

/** Whether `value` has the length of a hash of this tree. */
export function isHash(value: Uint8Array): boolean {
  return value.length === HASH_SIZE;
}

/** Throws a RangeError unless `value` is a 32-byte hash. Names the argument in the message. */
export function assertHash(value: Uint8Array, what: string): void {
  if (!(value instanceof Uint8Array) || value.length !== HASH_SIZE) {
    throw new RangeError(`${what} must be a ${HASH_SIZE}-byte hash`);
  }
}
