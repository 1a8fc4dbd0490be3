import { describe, expect, it } from '@jest/globals';
import { appendLeaves, emptyFrontier, frontierRootHash, readFrontier } from './merkle-appender';
import type { Frontier } from './merkle-appender';
import { emptyRootHash, hashChildren, hashLeaf } from './merkle-hash';
import { MemoryNodeStore, perfectSubtrees, readEach } from './merkle-nodes';
import type { NodeAddress, NodeBatchReader, TreeNode } from './merkle-nodes';
import {
  combinePlans,
  consistencyProof,
  inclusionProof,
  planConsistencyProof,
  planInclusionProof,
  planTreeRoot,
  runPlan,
  treeRootHash,
} from './merkle-proofs';
import { consistencyProofOf, inclusionPathOf, rootOf } from './merkle-reference';
import { consistencyProofLength, inclusionProofLength, verifyConsistency, verifyInclusion } from './merkle-verify';

// Property-style checks of the stored-tree functions against the RFC 9162 reference (`rootOf`,
// `inclusionPathOf`, `consistencyProofOf`): every tree size from 1 to 70, every leaf, every pair of sizes.

const MAX = 70;
const leaves = Array.from({ length: MAX }, (_, i) => hashLeaf(Buffer.from(`event ${i}`)));
const store = new MemoryNodeStore();
store.put(appendLeaves(emptyFrontier(), leaves).nodes);
const roots = Array.from({ length: MAX + 1 }, (_, n) => rootOf(leaves.slice(0, n)));
const other = hashLeaf(Buffer.from('not in the log'));

/** Hashes as hexadecimal strings: compared far faster than Buffers by Jest, and printed readably. */
function hexes(hashes: readonly Buffer[]): string[] {
  return hashes.map((hash) => hash.toString('hex'));
}

function flipped(proof: readonly Buffer[], element: number): Buffer[] {
  return proof.map((hash, i) => (i === element ? Buffer.from(hash.map((byte, j) => (j === 31 ? byte ^ 1 : byte))) : hash));
}

/** A deterministic pseudo-random sequence (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('stored tree: roots and inclusion proofs for every size up to 70', () => {
  it('gives the reference root for every size', async () => {
    for (let n = 0; n <= MAX; n++) expect(await treeRootHash(store.readNodes, n)).toEqual(roots[n]);
  });

  it('gives, for every leaf of every size, the reference proof, which verifies and fails once tampered', async () => {
    for (let n = 1; n <= MAX; n++) {
      const root = roots[n] as Buffer;
      for (let m = 0; m < n; m++) {
        const proof = await inclusionProof(store.readNodes, m, n);
        expect(hexes(proof)).toEqual(hexes(inclusionPathOf(leaves.slice(0, n), m)));
        expect(proof).toHaveLength(inclusionProofLength(m, n));
        const leaf = leaves[m] as Buffer;
        expect(verifyInclusion(leaf, m, n, proof, root)).toEqual({ ok: true });
        expect(verifyInclusion(other, m, n, proof, root).ok).toBe(false);
        expect(verifyInclusion(leaf, m, n, proof, other).ok).toBe(false);
        expect(verifyInclusion(leaf, m, 2 * n, proof, root).ok).toBe(false);
        if (n > 1 && m < n / 2) expect(verifyInclusion(leaf, m, Math.floor(n / 2), proof, root).ok).toBe(false);
        expect(verifyInclusion(leaf, m, n, [...proof, root], root).ok).toBe(false);
        if (m + 1 < n) expect(verifyInclusion(leaf, m + 1, n, proof, root).ok).toBe(false);
        if (m > 0) expect(verifyInclusion(leaf, m - 1, n, proof, root).ok).toBe(false);
        if (proof.length > 0) expect(verifyInclusion(leaf, m, n, proof.slice(1), root).ok).toBe(false);
        for (let i = 0; i < proof.length; i++) expect(verifyInclusion(leaf, m, n, flipped(proof, i), root).ok).toBe(false);
      }
    }
  });
});

describe('stored tree: consistency proofs between every pair of sizes up to 70', () => {
  it('gives the reference proof, which verifies and fails once tampered', async () => {
    for (let n = 1; n <= MAX; n++) {
      for (let m = 1; m < n; m++) {
        const proof = await consistencyProof(store.readNodes, m, n);
        expect(hexes(proof)).toEqual(hexes(consistencyProofOf(leaves.slice(0, n), m)));
        expect(proof).toHaveLength(consistencyProofLength(m, n));
        const root1 = roots[m] as Buffer;
        const root2 = roots[n] as Buffer;
        expect(verifyConsistency(m, n, proof, root1, root2)).toEqual({ ok: true });
        expect(verifyConsistency(m, n, proof, other, root2).ok).toBe(false);
        expect(verifyConsistency(m, n, proof, root1, other).ok).toBe(false);
        expect(verifyConsistency(m, n, proof, root2, root1).ok).toBe(false);
        expect(verifyConsistency(m, n, [], root1, root2).ok).toBe(false);
        expect(verifyConsistency(m, n, [...proof, root2], root1, root2).ok).toBe(false);
        expect(verifyConsistency(m, n, proof.slice(0, -1), root1, root2).ok).toBe(false);
        if (m + 1 < n) expect(verifyConsistency(m + 1, n, proof, roots[m + 1] as Buffer, root2).ok).toBe(false);
        if (n + 1 <= MAX) expect(verifyConsistency(m, n + 1, proof, root1, roots[n + 1] as Buffer).ok).toBe(false);
        for (let i = 0; i < proof.length; i++) expect(verifyConsistency(m, n, flipped(proof, i), root1, root2).ok).toBe(false);
      }
    }
  });

  it('decides the sizes RFC 9162 leaves out: equal sizes, the empty tree, and going back', async () => {
    const root5 = roots[5] as Buffer;
    expect(await consistencyProof(store.readNodes, 5, 5)).toEqual([]);
    expect(await consistencyProof(store.readNodes, 0, 5)).toEqual([]);
    expect(verifyConsistency(5, 5, [], root5, root5)).toEqual({ ok: true });
    expect(verifyConsistency(5, 5, [], root5, roots[6] as Buffer).ok).toBe(false);
    expect(verifyConsistency(5, 5, [root5], root5, root5).ok).toBe(false);
    expect(verifyConsistency(0, 5, [], emptyRootHash(), root5)).toEqual({ ok: true });
    expect(verifyConsistency(0, 0, [], emptyRootHash(), emptyRootHash())).toEqual({ ok: true });
    expect(verifyConsistency(0, 0, [], root5, root5).ok).toBe(false);
    expect(verifyConsistency(0, 5, [], root5, root5).ok).toBe(false);
    expect(verifyConsistency(0, 5, [root5], emptyRootHash(), root5).ok).toBe(false);
    expect(verifyConsistency(6, 5, [], roots[6] as Buffer, root5).ok).toBe(false);
    await expect(consistencyProof(store.readNodes, 6, 5)).rejects.toThrow(RangeError);
  });
});

describe('verifiers: malformed input fails with a reason, never throws', () => {
  const proof = inclusionPathOf(leaves.slice(0, 10), 3);
  const leaf = leaves[3] as Buffer;
  const root = roots[10] as Buffer;

  it.each([
    ['an index equal to the size', leaf, 10, 10, proof, root],
    ['an index beyond the size', leaf, 11, 10, proof, root],
    ['the empty tree', leaf, 0, 0, [], emptyRootHash()],
    ['a negative index', leaf, -1, 10, proof, root],
    ['a fractional index', leaf, 3.5, 10, proof, root],
    ['an unsafe size', leaf, 3, 2 ** 53, proof, root],
    ['a short leaf hash', leaf.subarray(1), 3, 10, proof, root],
    ['a short root hash', leaf, 3, 10, proof, root.subarray(1)],
    ['a short proof element', leaf, 3, 10, [proof[0]?.subarray(1), ...proof.slice(1)], root],
    ['a proof too long', leaf, 3, 10, [...proof, root], root],
    ['a proof too short', leaf, 3, 10, proof.slice(0, -1), root],
  ] as Array<[string, Buffer, number, number, Buffer[], Buffer]>)('inclusion: refuses %s', (_case, l, index, size, p, r) => {
    const result = verifyInclusion(l, index, size, p, r);
    expect(result.ok).toBe(false);
    expect(result).toHaveProperty('reason', expect.any(String));
  });

  it('inclusion: names the reason', () => {
    expect(verifyInclusion(leaf, 10, 10, proof, root)).toEqual({ ok: false, reason: 'the leaf index 10 is not below the tree size 10' });
    expect(verifyInclusion(leaf, 3, 10, proof.slice(1), root)).toEqual({ ok: false, reason: 'the proof has 3 hashes, 4 expected' });
  });

  it('consistency: refuses malformed sizes, hashes and proofs', () => {
    const c = consistencyProofOf(leaves.slice(0, 10), 3);
    const r3 = roots[3] as Buffer;
    expect(verifyConsistency(3, 10, c, r3, root)).toEqual({ ok: true });
    expect(verifyConsistency(-1, 10, c, r3, root).ok).toBe(false);
    expect(verifyConsistency(3, 1.5, c, r3, root).ok).toBe(false);
    expect(verifyConsistency(3, 10, c, r3.subarray(2), root).ok).toBe(false);
    expect(verifyConsistency(3, 10, c, r3, root.subarray(2)).ok).toBe(false);
    expect(verifyConsistency(3, 10, [c[0]?.subarray(1), ...c.slice(1)] as Buffer[], r3, root).ok).toBe(false);
    expect(verifyConsistency(3, 10, c.slice(1), r3, root)).toEqual({
      ok: false,
      reason: `the proof has ${c.length - 1} hashes, ${c.length} expected`,
    });
  });
});

describe('appender', () => {
  /** Every perfect node of the tree of these leaves, computed from the reference. */
  function referenceNodes(size: number): Map<string, Buffer> {
    const nodes = new Map<string, Buffer>();
    for (let level = 0; 2 ** level <= size; level++) {
      for (let index = 0; (index + 1) * 2 ** level <= size; index++) {
        nodes.set(`${level}/${index}`, rootOf(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)));
      }
    }
    return nodes;
  }

  it.each([1, 2, 3, 7, 42])('fed in random batch sizes (seed %i) yields exactly the reference nodes and roots', (seed) => {
    const next = random(seed);
    let frontier: Frontier = emptyFrontier();
    const emitted = new Map<string, Buffer>();
    while (frontier.size < MAX) {
      const count = Math.min(MAX - frontier.size, Math.floor(next() * 12));
      const before = frontier;
      const result = appendLeaves(frontier, leaves.slice(frontier.size, frontier.size + count));
      expect(before).toEqual(frontier);
      for (const node of result.nodes) {
        const key = `${node.level}/${node.index}`;
        expect(emitted.has(key)).toBe(false);
        emitted.set(key, node.hash);
      }
      frontier = result.frontier;
      expect(frontier.size).toBe(before.size + count);
      expect(result.rootHash).toEqual(roots[frontier.size]);
      expect(frontierRootHash(frontier)).toEqual(roots[frontier.size]);
      // Exactly the nodes of the tree so far, no fewer and no more.
      expect(new Map([...emitted].sort())).toEqual(new Map([...referenceNodes(frontier.size)].sort()));
    }
  });

  it('emits each node after its children, and resumes from a frontier read back from storage', async () => {
    const nodes = new MemoryNodeStore();
    let frontier = emptyFrontier();
    for (const count of [5, 0, 1, 9, 17, 3, 35]) {
      const result = appendLeaves(frontier, leaves.slice(frontier.size, frontier.size + count));
      const seen = new Set<string>();
      for (const node of result.nodes) {
        if (node.level > 0) {
          expect(seen.has(`${node.level - 1}/${2 * node.index}`) || nodes.get(node.level - 1, 2 * node.index)).toBeTruthy();
          expect(seen.has(`${node.level - 1}/${2 * node.index + 1}`)).toBe(true);
        }
        seen.add(`${node.level}/${node.index}`);
      }
      nodes.put(result.nodes);
      const read = await readFrontier(nodes.readNodes, result.frontier.size);
      expect(read).toEqual(result.frontier);
      frontier = read;
    }
    expect(frontier.size).toBe(MAX);
    expect(nodes.size).toBe(referenceNodes(MAX).size);
  });

  it('refuses a malformed frontier or leaf hash', () => {
    expect(() => appendLeaves({ size: 3, hashes: [leaves[0] as Buffer] }, [])).toThrow(RangeError);
    expect(() => appendLeaves({ size: 1, hashes: [Buffer.alloc(31)] }, [])).toThrow(RangeError);
    expect(() => appendLeaves({ size: -1, hashes: [] }, [])).toThrow(RangeError);
    expect(() => appendLeaves(emptyFrontier(), [Buffer.alloc(33)])).toThrow(RangeError);
  });
});

describe('plans', () => {
  it('read each node once, in one batch, also for a root and a proof together', async () => {
    const batches: NodeAddress[][] = [];
    const read: NodeBatchReader = (addresses) => {
      batches.push([...addresses]);
      return store.readNodes(addresses);
    };
    const [root, proof]: [Buffer, Buffer[]] = await runPlan(read, combinePlans(planTreeRoot(69), planInclusionProof(64, 69)));
    expect(root).toEqual(roots[69]);
    expect(proof).toEqual(inclusionPathOf(leaves.slice(0, 69), 64));
    expect(batches).toHaveLength(1);
    const keys = (batches[0] as NodeAddress[]).map(({ level, index }) => `${level}/${index}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('work with a reader of one node at a time', async () => {
    expect(await consistencyProof(readEach(store.readNode), 13, 70)).toEqual(consistencyProofOf(leaves, 13));
  });

  it('read only nodes below the tree size they are for', () => {
    const beyond: string[] = [];
    for (let n = 1; n <= MAX; n++) {
      const plans = [planTreeRoot(n), ...Array.from({ length: n }, (_, m) => planInclusionProof(m, n))];
      for (let m = 1; m < n; m++) plans.push(planConsistencyProof(m, n));
      for (const plan of plans) {
        for (const { level, index } of plan.addresses) if ((index + 1) * 2 ** level > n) beyond.push(`(${level}, ${index}) for size ${n}`);
      }
    }
    expect(beyond).toEqual([]);
  });

  it('refuse a reader that answers with the wrong number of hashes or a wrong-sized hash', async () => {
    await expect(treeRootHash(() => Promise.resolve([]), 5)).rejects.toThrow(/returned 0 hashes for 2 addresses/);
    await expect(treeRootHash((addresses) => Promise.resolve(addresses.map(() => Buffer.alloc(20))), 5)).rejects.toThrow(/20 bytes/);
  });

  it('split a range into aligned perfect subtrees', () => {
    expect(perfectSubtrees(0, 13)).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    expect(perfectSubtrees(8, 11)).toEqual([
      { level: 1, index: 4 },
      { level: 0, index: 10 },
    ]);
    expect(() => perfectSubtrees(2, 6)).toThrow(RangeError);
  });
});

describe('trees beyond 2^32 leaves', () => {
  // A virtual tree whose leaves are all equal: every perfect node of level l then has the same hash, so
  // any node of a tree of 2^52 leaves is known, and proofs over it must verify. This exercises the size
  // arithmetic past 32 bits, where JavaScript's bitwise operators would silently wrap.
  const levels: Buffer[] = [hashLeaf(Buffer.from('same'))];
  for (let l = 1; l <= 53; l++) levels.push(hashChildren(levels[l - 1] as Buffer, levels[l - 1] as Buffer));
  const read: NodeBatchReader = (addresses) => Promise.resolve(addresses.map(({ level }) => levels[level] as Buffer));

  it.each([
    [2 ** 32 + 1, 2 ** 32],
    [2 ** 40 + 12345, 2 ** 33 + 7],
    [2 ** 53 - 1, 2 ** 52 + 2 ** 31 + 3],
  ])('proves inclusion and consistency in a tree of %i leaves', async (size, m) => {
    const root = await treeRootHash(read, size);
    const proof = await inclusionProof(read, m, size);
    expect(proof).toHaveLength(inclusionProofLength(m, size));
    expect(verifyInclusion(levels[0] as Buffer, m, size, proof, root)).toEqual({ ok: true });
    const consistency = await consistencyProof(read, m, size);
    expect(verifyConsistency(m, size, consistency, await treeRootHash(read, m), root)).toEqual({ ok: true });
    expect(verifyConsistency(m, size, consistency, root, root).ok).toBe(false);
  });
});

describe('appender: a larger log', () => {
  it('appends 5000 leaves in uneven batches and agrees with a one-shot append', () => {
    const many = Array.from({ length: 5000 }, (_, i) => hashLeaf(Buffer.from(String(i))));
    const oneShot = appendLeaves(emptyFrontier(), many);
    let frontier = emptyFrontier();
    const nodes: TreeNode[] = [];
    for (let start = 0; start < many.length; start += 777) {
      const result = appendLeaves(frontier, many.slice(start, start + 777));
      nodes.push(...result.nodes);
      frontier = result.frontier;
    }
    expect(frontier).toEqual(oneShot.frontier);
    const differ = nodes.filter((node, i) => {
      const same = oneShot.nodes[i];
      return !same || same.level !== node.level || same.index !== node.index || !same.hash.equals(node.hash);
    });
    expect([nodes.length, differ.length]).toEqual([oneShot.nodes.length, 0]);
    expect(oneShot.rootHash).toEqual(rootOf(many));
  });
});
