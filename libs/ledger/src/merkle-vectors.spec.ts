import { describe, expect, it } from '@jest/globals';
import { appendLeaves, emptyFrontier } from './merkle-appender';
import { emptyRootHash, hashLeaf } from './merkle-hash';
import { MemoryNodeStore } from './merkle-nodes';
import { consistencyProof, inclusionProof, treeRootHash } from './merkle-proofs';
import { consistencyProofOf, inclusionPathOf, rootOf } from './merkle-reference';
import { verifyConsistency, verifyInclusion } from './merkle-verify';

// Known answers for RFC 9162 hashing and proofs: the 8-leaf tree that Certificate Transparency's and
// transparency-dev's test suites share, with its roots, inclusion proofs and consistency proofs, as given in
// github.com/transparency-dev/merkle, file proof/verify_test.go (variables `leaves`, `roots`,
// `inclusionProofs`, `consistencyProofs`; that file counts leaves from 1, these indices from 0).

const hex = (text: string): Buffer => Buffer.from(text, 'hex');

const leafData = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(hex);
const leafHashes = leafData.map((data) => hashLeaf(data));

/** roots[n - 1] is the root hash of the tree of the first n leaves. */
const roots = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(hex);

const inclusionVectors: Array<{ index: number; size: number; proof: string[] }> = [
  { index: 0, size: 1, proof: [] },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

const consistencyVectors: Array<{ size1: number; size2: number; proof: string[] }> = [
  { size1: 1, size2: 1, proof: [] },
  {
    size1: 1,
    size2: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    size1: 6,
    size2: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    size1: 2,
    size2: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    size1: 6,
    size2: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

const store = new MemoryNodeStore();
store.put(appendLeaves(emptyFrontier(), leafHashes).nodes);

describe('RFC 9162 Merkle tree: the transparency-dev known answers', () => {
  it('hashes the empty tree as SHA-256 of the empty string', async () => {
    expect(emptyRootHash().toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(rootOf([])).toEqual(emptyRootHash());
    expect(await treeRootHash(store.readNodes, 0)).toEqual(emptyRootHash());
  });

  it.each(roots.map((root, i) => [i + 1, root] as const))('gives the root of the first %i leaves', async (size, root) => {
    expect(rootOf(leafHashes.slice(0, size))).toEqual(root);
    expect(await treeRootHash(store.readNodes, size)).toEqual(root);
  });

  it.each(inclusionVectors)('proves leaf $index in the tree of $size leaves', async ({ index, size, proof }) => {
    const expected = proof.map(hex);
    expect(inclusionPathOf(leafHashes.slice(0, size), index)).toEqual(expected);
    expect(await inclusionProof(store.readNodes, index, size)).toEqual(expected);
    const root = roots[size - 1] as Buffer;
    const leaf = leafHashes[index] as Buffer;
    expect(verifyInclusion(leaf, index, size, expected, root)).toEqual({ ok: true });
    // The corruptions transparency-dev's verifierCheck tries, each of which must fail.
    const other = hex('abacaba000000000000000000000000000000000000000000060061e00123456');
    const probes: Array<[number, number, Buffer, Buffer, Buffer[]]> = [
      [index - 1, size, leaf, root, expected],
      [index + 1, size, leaf, root, expected],
      [index ^ 2, size, leaf, root, expected],
      [index, size * 2, leaf, root, expected],
      [index, Math.floor(size / 2), leaf, root, expected],
      [index, size, hashLeaf(Buffer.from('WrongLeaf')), root, expected],
      [index, size, leaf, emptyRootHash(), expected],
      [index, size, leaf, other, expected],
      [index, size, leaf, root, [...expected, root]],
      [index, size, leaf, root, [root, ...expected]],
      ...expected.map((_, i): [number, number, Buffer, Buffer, Buffer[]] => [index, size, leaf, root, flipBit(expected, i, 3)]),
    ];
    if (expected.length > 0) probes.push([index, size, leaf, root, expected.slice(0, -1)]);
    if (expected.length > 1) probes.push([index, size, leaf, root, [expected[0] as Buffer, other, ...expected.slice(1)]]);
    for (const [i, n, l, r, p] of probes) expect(verifyInclusion(l, i, n, p, r).ok).toBe(false);
  });

  it.each(consistencyVectors)('proves the tree of $size1 leaves consistent with the tree of $size2', async ({ size1, size2, proof }) => {
    const expected = proof.map(hex);
    expect(consistencyProofOf(leafHashes.slice(0, size2), size1)).toEqual(expected);
    expect(await consistencyProof(store.readNodes, size1, size2)).toEqual(expected);
    const root1 = roots[size1 - 1] as Buffer;
    const root2 = roots[size2 - 1] as Buffer;
    expect(verifyConsistency(size1, size2, expected, root1, root2)).toEqual({ ok: true });
    if (expected.length === 0) return;
    // The corruptions transparency-dev's verifierConsistencyCheck tries, each of which must fail.
    const probes: Array<[number, number, Buffer, Buffer, Buffer[]]> = [
      [size1 - 1, size2, root1, root2, expected],
      [size1 + 1, size2, root1, root2, expected],
      [size1 ^ 2, size2, root1, root2, expected],
      [size1, size2 * 2, root1, root2, expected],
      [size1, Math.floor(size2 / 2), root1, root2, expected],
      [size1, size2, hashLeaf(Buffer.from('WrongRoot')), root2, expected],
      [size1, size2, root1, hashLeaf(Buffer.from('WrongRoot')), expected],
      [size1, size2, root2, root1, expected],
      [size1, size2, root1, root2, []],
      [size1, size2, root1, root2, [...expected, root1]],
      [size1, size2, root1, root2, [...expected, root2]],
      [size1, size2, root1, root2, [root1, ...expected]],
      [size1, size2, root1, root2, [root2, ...expected]],
      [size1, size2, root1, root2, [expected[0] as Buffer, ...expected]],
      [size1, size2, root1, root2, expected.slice(0, -1)],
      ...expected.map((_, i): [number, number, Buffer, Buffer, Buffer[]] => [size1, size2, root1, root2, flipBit(expected, i, 4)]),
    ];
    for (const [m, n, r1, r2, p] of probes) expect(verifyConsistency(m, n, p, r1, r2).ok).toBe(false);
  });
});

function flipBit(proof: readonly Buffer[], element: number, bit: number): Buffer[] {
  return proof.map((hash, i) => {
    if (i !== element) return hash;
    const copy = Buffer.from(hash);
    copy[0] = (copy[0] as number) ^ (1 << bit);
    return copy;
  });
}
