/**
 * The disciplinary case's evidence bundle as a file: what GET /cases/{caseId}/evidence-bundle writes and
 * `npm run verify-bundle` reads. Only the parts the verifier relies on are typed here; the readable part (the
 * case, its events, the findings, the tasks) is the API's.
 */

export const EVIDENCE_BUNDLE_FORMAT = 'disciplinary-case-evidence-bundle';
/** 2: the bundle carries its `ledger` part (checkpoint, canonical encodings, inclusion proofs). */
export const EVIDENCE_BUNDLE_VERSION = 2;

/**
 * Why a cited event has no inclusion proof in the bundle:
 * - `no-checkpoint`: the log has signed no checkpoint yet (or signs none: no signing key);
 * - `after-checkpoint`: the event was hashed into the tree after the latest checkpoint;
 * - `not-hashed-yet`: the event was just recorded and the ledger projection has not reached it;
 * - `tree-rebuilding`: the tree is being rebuilt and has not yet reached the checkpoint's size;
 * - `not-in-log`: no event of this id is in the log.
 */
export const UNPROVEN_CODES = ['no-checkpoint', 'after-checkpoint', 'not-hashed-yet', 'tree-rebuilding', 'not-in-log'] as const;
export type UnprovenCode = (typeof UNPROVEN_CODES)[number];

/** The checkpoint every proof of the bundle is against. */
export interface BundleCheckpoint {
  /** The number of leaves of the tree the checkpoint signs. */
  treeSize: number;
  /** Its RFC 9162 root hash, base64. */
  rootHash: string;
  /** The signed note (C2SP tlog-checkpoint), with the witnesses' cosignature lines after the log's signature. */
  note: string;
  /** When the log signed it (ISO 8601). */
  publishedAt: string;
}

/** One event the bundle cites, as its leaf in the log's Merkle tree. */
export interface BundleLedgerEvent {
  eventId: string;
  /** Its leaf's index in the tree (log order); null when it has no leaf yet. */
  leafIndex: number | null;
  /** The canonical encoding the leaf hashes (RFC 8785 JCS of 8 fields of the stored event, UTF-8 text); null when the log has no such event. */
  canonical: string | null;
  /** The leaf hash stored in the tree, SHA-256(0x00 ‖ canonical), base64; null when it has no leaf yet. */
  leafHash: string | null;
  /** The inclusion proof of the leaf in the checkpoint's tree (RFC 9162 §2.1.3), base64 hashes from the leaf up; null when unproven. */
  proof: string[] | null;
  /** Why `proof` is null, with a reason in Vietnamese; null when proven. */
  unproven: { code: UnprovenCode; reason: string } | null;
}

/** The bundle's `ledger` part. */
export interface BundleLedger {
  /** The log's origin (the name in its checkpoints); informative. */
  origin: string | null;
  /** The log's verifier key string, as GET /ledger/key gives it; informative only: a verifier takes the key out of band. */
  verifierKey: string | null;
  /** The latest signed checkpoint when the bundle was made; null when there is none. */
  checkpoint: BundleCheckpoint | null;
  /** Every event the bundle cites, in the order first cited. */
  events: BundleLedgerEvent[];
}
