import { assertHash, emptyRootHash, hashChildren } from './merkle-hash';
import { foldRight, perfectSubtrees, readChecked } from './merkle-nodes';
import type { NodeAddress, NodeBatchReader, TreeNode } from './merkle-nodes';
import { assertTreeIndex, popCount } from './tree-math';

/**
 * The writer's side of a stored tree: appending leaves.
 *
 * A tree of n leaves is fully described, for appending, by its *frontier* (a "compact range" in
 * transparency-dev's words): the hashes of the perfect subtrees that make up leaves [0, n), largest
 * first, one per one bit of n. Appending a leaf at index n pushes it on the frontier and merges the two
 * smallest subtrees while they have the same size, which completes exactly the nodes that the stored tree
 * gains. Each leaf costs on average one SHA-256; the frontier holds at most 53 hashes.
 */

/** The perfect subtrees over leaves [0, size), largest first, as `frontierAddresses(size)` addresses them. */
export interface Frontier {
  readonly size: number;
  readonly hashes: readonly Buffer[];
}

/** What appending a batch of leaves produced. */
export interface AppendResult {
  /**
   * Every perfect-subtree node the batch completed, leaves (level 0) included, in the order they were
   * completed (so every node comes after its children). Store all of them.
   */
  readonly nodes: TreeNode[];
  /** The frontier after the batch: pass it to the next append. */
  readonly frontier: Frontier;
  /** The root hash of the tree after the batch (of size `frontier.size`). */
  readonly rootHash: Buffer;
}

/** The frontier of the empty tree. */
export function emptyFrontier(): Frontier {
  return { size: 0, hashes: [] };
}

/** The addresses of the frontier of a tree of `size` leaves: what to read to resume appending. */
export function frontierAddresses(size: number): NodeAddress[] {
  return perfectSubtrees(0, size);
}

/** Recovers the frontier of the stored tree of `size` leaves from its stored nodes (one batch read). */
export async function readFrontier(read: NodeBatchReader, size: number): Promise<Frontier> {
  const hashes = await readChecked(read, frontierAddresses(size));
  return { size, hashes };
}

/** The root hash of the tree a frontier describes. */
export function frontierRootHash(frontier: Frontier): Buffer {
  assertFrontier(frontier);
  return frontier.hashes.length === 0 ? emptyRootHash() : foldRight(frontier.hashes);
}

/**
 * Appends leaves, given by their hashes (see `hashLeaf`, `leafHashOfEvent`), to the tree the frontier
 * describes: the first gets index `frontier.size`. Returns the nodes to store, the new frontier and the new
 * root hash. Pure: the frontier passed in is not changed. Throws a RangeError on a malformed frontier or a
 * leaf hash that is not 32 bytes.
 */
export function appendLeaves(frontier: Frontier, leafHashes: readonly Uint8Array[]): AppendResult {
  assertFrontier(frontier);
  const start = frontier.size;
  if (start + leafHashes.length > Number.MAX_SAFE_INTEGER) throw new RangeError('the tree would exceed 2^53 - 1 leaves');
  const stack = frontier.hashes.slice();
  const nodes: TreeNode[] = [];
  for (let i = 0; i < leafHashes.length; i++) {
    const leafHash = leafHashes[i] as Uint8Array;
    assertHash(leafHash, `leaf hash ${i}`);
    let hash: Buffer = Buffer.from(leafHash);
    let level = 0;
    let index = start + i;
    nodes.push({ level, index, hash });
    // An odd index is a right child: its left sibling is the smallest subtree on the frontier.
    while (index % 2 === 1) {
      hash = hashChildren(stack.pop() as Buffer, hash);
      level++;
      index = (index - 1) / 2;
      nodes.push({ level, index, hash });
    }
    stack.push(hash);
  }
  const next: Frontier = { size: start + leafHashes.length, hashes: stack };
  return { nodes, frontier: next, rootHash: frontierRootHash(next) };
}

function assertFrontier(frontier: Frontier): void {
  assertTreeIndex(frontier.size, 'frontier size');
  const expected = popCount(frontier.size);
  if (frontier.hashes.length !== expected) {
    throw new RangeError(`a frontier of size ${frontier.size} has ${expected} hashes, not ${frontier.hashes.length}`);
  }
  frontier.hashes.forEach((hash, i) => assertHash(hash, `frontier hash ${i}`));
}
