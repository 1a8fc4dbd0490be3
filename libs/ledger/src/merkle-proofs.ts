import { emptyRootHash } from './merkle-hash';
import { foldRight, perfectSubtrees, readChecked } from './merkle-nodes';
import type { NodeAddress, NodeBatchReader } from './merkle-nodes';
import { assertTreeIndex, largestPowerOfTwoBelow } from './tree-math';

/**
 * Root hashes and proofs of a stored tree (see `merkle-nodes.ts` for how nodes are addressed), for any tree
 * size n up to the stored size: the root MTH(D[n]) (RFC 9162 §2.1.1), the inclusion proof PATH(m, D[n])
 * (§2.1.3.1) and the consistency proof PROOF(m, D[n]) (§2.1.4.1).
 *
 * Each is computed in two steps so that a database answers in one round trip: a *plan* lists every stored
 * node the answer needs (O(log n) for a root, O(log² n) at worst for a proof, since an imperfect right-hand
 * subtree is folded from up to log n perfect ones), then resolves the hashes read into the answer. Plans can
 * be combined (`combinePlans`) to read, say, a root and a proof together. `treeRootHash`, `inclusionProof`
 * and `consistencyProof` run a plan against a `NodeBatchReader`.
 */

/** The stored nodes a computation needs, and the computation over their hashes (given in that order). */
export interface NodePlan<T> {
  readonly addresses: readonly NodeAddress[];
  resolve(hashes: readonly Buffer[]): T;
}

/** Plans the root hash of the tree of the first `size` leaves. The empty tree needs no node. */
export function planTreeRoot(size: number): NodePlan<Buffer> {
  assertTreeIndex(size, 'tree size');
  if (size === 0) return { addresses: [], resolve: () => emptyRootHash() };
  const plan = planRanges([[0, size]]);
  return { addresses: plan.addresses, resolve: (hashes) => plan.resolve(hashes)[0] as Buffer };
}

/**
 * Plans PATH(index, D[size]) of RFC 9162 §2.1.3.1: the inclusion proof of leaf `index` in the tree of the
 * first `size` leaves, the hash nearest the leaf first. Throws a RangeError unless index < size.
 */
export function planInclusionProof(index: number, size: number): NodePlan<Buffer[]> {
  assertTreeIndex(index, 'leaf index');
  assertTreeIndex(size, 'tree size');
  if (index >= size) throw new RangeError(`leaf index ${index} is not below the tree size ${size}`);
  const ranges: Array<[number, number]> = [];
  // PATH(m, D[start:end]) unrolled: the RFC appends the sibling after the deeper path, so the siblings are
  // collected top-down and reversed.
  let m = index;
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start);
    if (m < k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      m -= k;
      start += k;
    }
  }
  return planRanges(ranges.reverse());
}

/**
 * Plans PROOF(size1, D[size2]) of RFC 9162 §2.1.4.1: the consistency proof from the tree of the first
 * `size1` leaves to the tree of the first `size2`. Empty when size1 is 0 or size1 = size2 (nothing to
 * prove). Throws a RangeError when size1 > size2.
 */
export function planConsistencyProof(size1: number, size2: number): NodePlan<Buffer[]> {
  assertTreeIndex(size1, 'first tree size');
  assertTreeIndex(size2, 'second tree size');
  if (size1 > size2) throw new RangeError(`first tree size ${size1} exceeds the second tree size ${size2}`);
  if (size1 === 0 || size1 === size2) return planRanges([]);
  const ranges: Array<[number, number]> = [];
  // SUBPROOF(m, D[start:end], complete) unrolled, siblings collected top-down and reversed as above.
  let m = size1;
  let start = 0;
  let end = size2;
  let complete = true;
  while (m !== end - start) {
    const k = largestPowerOfTwoBelow(end - start);
    if (m <= k) {
      ranges.push([start + k, end]);
      end = start + k;
    } else {
      ranges.push([start, start + k]);
      m -= k;
      start += k;
      complete = false;
    }
  }
  if (!complete) ranges.push([start, end]);
  return planRanges(ranges.reverse());
}

/** Combines plans so that their nodes are read in one batch; resolves to their results in order. */
export function combinePlans<T extends readonly unknown[]>(...plans: { readonly [K in keyof T]: NodePlan<T[K]> }): NodePlan<T> {
  const keys = new Map<string, number>();
  const addresses: NodeAddress[] = [];
  const positions = (plans as readonly NodePlan<unknown>[]).map((plan) =>
    plan.addresses.map((address) => {
      const key = addressKey(address);
      let position = keys.get(key);
      if (position === undefined) {
        position = addresses.length;
        keys.set(key, position);
        addresses.push(address);
      }
      return position;
    }),
  );
  return {
    addresses,
    resolve: (hashes) =>
      (plans as readonly NodePlan<unknown>[]).map((plan, i) =>
        plan.resolve((positions[i] as number[]).map((position) => hashes[position] as Buffer)),
      ) as unknown as T,
  };
}

/** Reads the nodes of `plan` with `read` (one batch) and resolves it. */
export async function runPlan<T>(read: NodeBatchReader, plan: NodePlan<T>): Promise<T> {
  return plan.resolve(await readChecked(read, plan.addresses));
}

/** The root hash of the stored tree's first `size` leaves. */
export async function treeRootHash(read: NodeBatchReader, size: number): Promise<Buffer> {
  return runPlan(read, planTreeRoot(size));
}

/** The inclusion proof of leaf `index` in the stored tree's first `size` leaves (see `planInclusionProof`). */
export async function inclusionProof(read: NodeBatchReader, index: number, size: number): Promise<Buffer[]> {
  return runPlan(read, planInclusionProof(index, size));
}

/** The consistency proof between the stored tree's first `size1` and first `size2` leaves (see `planConsistencyProof`). */
export async function consistencyProof(read: NodeBatchReader, size1: number, size2: number): Promise<Buffer[]> {
  return runPlan(read, planConsistencyProof(size1, size2));
}

/**
 * The plan of the root hashes of ranges [start, end), each one RFC 9162 builds (so aligned, see
 * `perfectSubtrees`): each is folded from its perfect subtrees, which are read once even when shared.
 */
function planRanges(ranges: ReadonlyArray<readonly [number, number]>): NodePlan<Buffer[]> {
  return combinePlans(
    ...ranges.map(([start, end]): NodePlan<Buffer> => ({ addresses: perfectSubtrees(start, end), resolve: (hashes) => foldRight(hashes) })),
  ) as NodePlan<Buffer[]>;
}

function addressKey({ level, index }: NodeAddress): string {
  return `${level}/${index}`;
}
