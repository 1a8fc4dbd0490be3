import { assertHash, HASH_SIZE, hashChildren } from './merkle-hash';
import { assertTreeIndex, bitLength } from './tree-math';

/**
 * How a stored tree is addressed. Storage keeps the hash of every *perfect* subtree, and only those: node
 * (level, index) is the root of the perfect subtree over leaves [index·2^level, (index+1)·2^level). Level 0
 * holds the leaf hashes themselves. A node exists once its last leaf is appended and never changes after,
 * so a node read for one tree size is valid for every larger size. The roots of trees whose size is not a
 * power of two, and the imperfect right-hand subtrees proofs need, are computed from perfect nodes.
 */
export interface NodeAddress {
  readonly level: number;
  readonly index: number;
}

/** A perfect subtree's hash at its address: what the appender returns for storage. */
export interface TreeNode extends NodeAddress {
  readonly hash: Buffer;
}

/** Reads one stored node. It must reject (not resolve to garbage) when the node is not stored. */
export type NodeReader = (level: number, index: number) => Promise<Uint8Array>;

/**
 * Reads many stored nodes at once, e.g. with one `SELECT … WHERE (level, index) IN (…)`: the hashes in the
 * order of `addresses`, one per address. It must reject when any node is not stored. The functions of
 * this library pass each address once per call and read at most O(log² n) nodes per call.
 */
export type NodeBatchReader = (addresses: readonly NodeAddress[]) => Promise<readonly Uint8Array[]>;

/** A batch reader that reads each node with `readNode`, concurrently. */
export function readEach(readNode: NodeReader): NodeBatchReader {
  return (addresses) => Promise.all(addresses.map(({ level, index }) => readNode(level, index)));
}

/** Reads `addresses` with `read` and checks the answer: one 32-byte hash per address. */
export async function readChecked(read: NodeBatchReader, addresses: readonly NodeAddress[]): Promise<Buffer[]> {
  if (addresses.length === 0) return [];
  const hashes = await read(addresses);
  if (hashes.length !== addresses.length) {
    throw new Error(`the node reader returned ${hashes.length} hashes for ${addresses.length} addresses`);
  }
  return hashes.map((hash, i) => {
    if (hash.length !== HASH_SIZE) {
      const { level, index } = addresses[i] as NodeAddress;
      throw new Error(`the node reader returned ${hash.length} bytes for node (${level}, ${index}), not a ${HASH_SIZE}-byte hash`);
    }
    return Buffer.from(hash);
  });
}

/**
 * The perfect subtrees that make up leaves [start, end), largest (leftmost) first: one per one bit of
 * end - start. `start` must be a multiple of the largest of them, which holds for every range RFC 9162's
 * split produces (the whole tree, and every subtree its proofs name) and for [0, n). Its root hash is
 * `foldRight` of their hashes.
 */
export function perfectSubtrees(start: number, end: number): NodeAddress[] {
  assertTreeIndex(start, 'range start');
  assertTreeIndex(end, 'range end');
  if (end < start) throw new RangeError(`range [${start}, ${end}) is reversed`);
  const nodes: NodeAddress[] = [];
  let offset = start;
  let remaining = end - start;
  while (remaining > 0) {
    const level = bitLength(remaining) - 1;
    const size = 2 ** level;
    if (offset % size !== 0) throw new RangeError(`range [${start}, ${end}) is not aligned to its perfect subtrees`);
    nodes.push({ level, index: offset / size });
    offset += size;
    remaining -= size;
  }
  return nodes;
}

/**
 * The root hash of adjacent perfect subtrees given largest first (as `perfectSubtrees` lists them): each
 * is the left sibling of the tree made of those after it, as RFC 9162's split makes it.
 */
export function foldRight(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) throw new RangeError('no subtree to fold');
  let root = hashes[hashes.length - 1] as Buffer;
  for (let i = hashes.length - 2; i >= 0; i--) root = hashChildren(hashes[i] as Buffer, root);
  return root;
}

/**
 * Stored nodes in memory: for tests, for a verifier that rebuilds a small tree, and as the model of what a
 * database table of nodes holds (`put` what the appender returns, read with `readNodes`).
 */
export class MemoryNodeStore {
  private readonly nodes = new Map<string, Buffer>();

  /** Stores nodes; storing a node again with another hash throws (nodes never change). */
  put(nodes: Iterable<TreeNode>): void {
    for (const node of nodes) {
      assertHash(node.hash, `node (${node.level}, ${node.index})`);
      const key = `${node.level}/${node.index}`;
      const stored = this.nodes.get(key);
      if (stored && !stored.equals(node.hash)) throw new Error(`node (${node.level}, ${node.index}) is stored with another hash`);
      this.nodes.set(key, Buffer.from(node.hash));
    }
  }

  /** The stored hash of node (level, index), or undefined. */
  get(level: number, index: number): Buffer | undefined {
    return this.nodes.get(`${level}/${index}`);
  }

  /** How many nodes are stored. */
  get size(): number {
    return this.nodes.size;
  }

  readonly readNode: NodeReader = (level, index) => {
    const hash = this.get(level, index);
    return hash ? Promise.resolve(hash) : Promise.reject(new Error(`node (${level}, ${index}) is not stored`));
  };

  readonly readNodes: NodeBatchReader = (addresses) => {
    const hashes: Buffer[] = [];
    for (const { level, index } of addresses) {
      const hash = this.get(level, index);
      if (!hash) return Promise.reject(new Error(`node (${level}, ${index}) is not stored`));
      hashes.push(hash);
    }
    return Promise.resolve(hashes);
  };
}
