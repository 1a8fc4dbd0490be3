// @lib/evidence-bundle: the disciplinary case's evidence bundle as a file that proves itself: its `ledger` part,
// which events it cites, and the offline verifier (`npm run verify-bundle`). Pure: it imports @lib/ledger and
// nothing else (no database, no Nest, no network; the CLI reads the files). See README.md.

export { EVIDENCE_BUNDLE_FORMAT, EVIDENCE_BUNDLE_VERSION, UNPROVEN_CODES } from './bundle-format';
export type { BundleCheckpoint, BundleLedger, BundleLedgerEvent, UnprovenCode } from './bundle-format';
export { citedEventIds, eventCitations, eventLists } from './event-citations';
export type { CitationKind, EventCitation } from './event-citations';
export { BundleFileError, keyName, verifyEvidenceBundle } from './verify-bundle';
export type { BundleVerification, CheckpointVerdict, EventStatus, EventVerdict, VerifyKeys, VerifyOptions } from './verify-bundle';
export { verdictText } from './verdict-text';
export { parseVerifyArguments, resolveKeyArgument, UsageError, VERIFY_BUNDLE_USAGE } from './verify-arguments';
export type { VerifyArguments } from './verify-arguments';
