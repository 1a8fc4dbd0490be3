// @lib/ledger: the tamper-evident log, pure (no I/O). RFC 9162 Merkle trees over stored perfect subtrees,
// the canonical (RFC 8785) leaf of a stored event, C2SP signed notes and checkpoints, witness cosignatures
// and the witness's decision. Storage, HTTP and scheduling are the callers'. See README.md.

// RFC 9162 Merkle tree.
export { HASH_SIZE, emptyRootHash, hashLeaf, hashChildren } from './merkle-hash';
export { rootOf, inclusionPathOf, consistencyProofOf } from './merkle-reference';
export { MemoryNodeStore, perfectSubtrees, readEach } from './merkle-nodes';
export type { NodeAddress, NodeBatchReader, NodeReader, TreeNode } from './merkle-nodes';
export {
  combinePlans,
  consistencyProof,
  inclusionProof,
  planConsistencyProof,
  planInclusionProof,
  planTreeRoot,
  runPlan,
  treeRootHash,
} from './merkle-proofs';
export type { NodePlan } from './merkle-proofs';
export { appendLeaves, emptyFrontier, frontierAddresses, frontierRootHash, readFrontier } from './merkle-appender';
export type { AppendResult, Frontier } from './merkle-appender';
export { consistencyProofLength, inclusionProofLength, rootFromInclusionProof, verifyConsistency, verifyInclusion } from './merkle-verify';
export type { Verification } from './merkle-verify';

// Canonical leaves.
export { canonicalJson, canonicalJsonBytes } from './canonical-json';
export { canonicalEventBytes, leafHashOfEvent } from './canonical-event';
export type { LedgerEvent } from './canonical-event';

// Signed notes, checkpoints, cosignatures, witnesses.
export { NoteError } from './note-errors';
export type { NoteErrorCode } from './note-errors';
export {
  formatSignerKey,
  formatVerifierKey,
  generateNoteKey,
  noteKeyId,
  noteSignerFromSeed,
  noteVerifierFromPublicKey,
  parseSignerKey,
  parseVerifierKey,
  verifierOf,
} from './note-keys';
export type { NoteKeyType, NoteSigner, NoteVerifier } from './note-keys';
export { MAX_NOTE_SIGNATURES, appendSignatureLines, openNote, parseNote, signNote } from './signed-note';
export type { NoteSignature, OpenedNote, ParsedNote, VerifiedSignature } from './signed-note';
export { formatCheckpoint, parseCheckpoint } from './checkpoint';
export type { Checkpoint } from './checkpoint';
export { openCheckpoint, signCheckpoint } from './checkpoint-note';
export type { OpenedCheckpoint, VerifiedCosignature } from './checkpoint-note';
export { cosignCheckpoint, cosignatureMessage, verifyCosignature } from './cosignature';
export { witnessCheck } from './witness-check';
export type { TreeHead, WitnessCheckInput, WitnessDecision, WitnessRefusal } from './witness-check';
export {
  ADD_CHECKPOINT_PATH,
  MAX_CONSISTENCY_PROOF_LINES,
  TREE_SIZE_CONTENT_TYPE,
  WitnessProtocolError,
  formatAddCheckpointRequest,
  formatTreeSize,
  parseAddCheckpointRequest,
  parseCosignatureLines,
  parseTreeSize,
} from './witness-protocol';
export type { AddCheckpointRequest, WitnessProtocolErrorCode } from './witness-protocol';
