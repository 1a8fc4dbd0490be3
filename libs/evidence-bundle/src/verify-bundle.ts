import {
  canonicalEventBytes,
  canonicalJson,
  hashLeaf,
  inclusionProofLength,
  NoteError,
  openCheckpoint,
  verifyInclusion,
  type LedgerEvent,
  type NoteVerifier,
  type OpenedCheckpoint,
} from '@lib/ledger';
import { EVIDENCE_BUNDLE_FORMAT, type BundleLedgerEvent } from './bundle-format';
import { eventCitations, eventLists, isRecord, type EventCitation } from './event-citations';

/**
 * The offline check of an evidence bundle: no database, no service, no network. Given the log's verifier key
 * (out of band, never the bundle's own), it checks that the checkpoint is signed by that key (and cosigned by
 * the witnesses given), and for every event the bundle cites: its canonical encoding hashes to its leaf hash,
 * the inclusion proof leads from that leaf to the checkpoint's root, and every place the bundle shows the event
 * agrees with what the leaf encodes. Every finding is stated in Vietnamese, for the person who runs the check.
 */

/** The file is not an evidence bundle this verifier checks (exit code 2, not a failed check). */
export class BundleFileError extends Error {}

export interface VerifyKeys {
  /** The log's key (ed25519), obtained out of band. */
  readonly log: NoteVerifier;
  /** Witnesses (cosignature/v1) whose cosignature the checkpoint must carry. */
  readonly witnesses?: readonly NoteVerifier[];
}

export interface VerifyOptions {
  /** Events without a proof (recorded after the checkpoint) are listed but do not fail the check. */
  readonly allowUnproven?: boolean;
}

export type EventStatus = 'proven' | 'unproven' | 'failed';

export interface EventVerdict {
  eventId: string;
  /** The event's type, from its canonical encoding (or as the bundle shows it when there is none). */
  type: string | null;
  status: EventStatus;
  /** What failed, in Vietnamese; empty unless `failed`. */
  problems: string[];
  /** Why the bundle has no proof of it (the server's reason), when `unproven`. */
  unprovenReason: string | null;
  /** Where the bundle shows or names it. */
  citedAt: string[];
}

export interface CheckpointVerdict {
  /** Signed by the given log key, its stated size and root are the signed ones, and every required witness cosigned. */
  ok: boolean;
  treeSize: number | null;
  rootHash: string | null;
  publishedAt: string | null;
  /** The log key the signature was checked against: `<name>+<key id>`. */
  logKey: string;
  problems: string[];
  /** Cosignatures of the given witnesses that verified, with their times (POSIX seconds). */
  witnesses: Array<{ key: string; timestamp: number }>;
  /** Signature lines no given key could check (other witnesses' cosignatures), by key name. */
  unchecked: string[];
}

export interface BundleVerification {
  ok: boolean;
  caseId: string | null;
  allowUnproven: boolean;
  checkpoint: CheckpointVerdict;
  events: EventVerdict[];
  counts: { cited: number; proven: number; unproven: number; failed: number };
  /** Failures that are not one event's: malformed parts, gaps in a stream. */
  problems: string[];
  /** Said when the bundle names a verifier key other than the one given (informative). */
  keyNotice: string | null;
}

const HASH_SIZE = 32;

/** Checks the whole bundle. Throws a BundleFileError when `bundle` is not an evidence bundle with a ledger part. */
export function verifyEvidenceBundle(bundle: unknown, keys: VerifyKeys, options: VerifyOptions = {}): BundleVerification {
  const ledger = ledgerOf(bundle);
  const problems: string[] = [];
  const { verdict: checkpoint, anchor } = checkCheckpoint(ledger['checkpoint'], ledger['origin'], keys);
  const entries = ledgerEntries(ledger['events'], problems);
  const citations = new Map<string, EventCitation[]>();
  for (const citation of eventCitations(bundle)) citations.set(citation.eventId, [...(citations.get(citation.eventId) ?? []), citation]);

  const events: EventVerdict[] = [];
  for (const [eventId, entry] of entries) events.push(checkEvent(eventId, entry, citations.get(eventId) ?? [], anchor));
  for (const [eventId, cited] of citations) {
    if (entries.has(eventId)) continue;
    events.push({
      eventId,
      type: shownType(cited),
      status: 'failed',
      problems: ['được viện dẫn nhưng không có trong phần sổ cái (ledger.events): không có gì chứng minh sự kiện này'],
      unprovenReason: null,
      citedAt: cited.map((citation) => citation.path),
    });
  }
  problems.push(...streamGaps(bundle));

  const count = (status: EventStatus): number => events.filter((event) => event.status === status).length;
  const counts = { cited: events.length, proven: count('proven'), unproven: count('unproven'), failed: count('failed') };
  const allowUnproven = options.allowUnproven === true;
  const stated = typeof ledger['verifierKey'] === 'string' ? ledger['verifierKey'] : null;
  const given = checkpoint.logKey;
  return {
    ok: checkpoint.ok && problems.length === 0 && counts.failed === 0 && (counts.unproven === 0 || allowUnproven),
    caseId: caseIdOf(bundle),
    allowUnproven,
    checkpoint,
    events,
    counts,
    problems,
    keyNotice:
      stated !== null && !stated.startsWith(`${given}+`)
        ? `Bộ chứng cứ ghi khóa kiểm tra ${stated}, khác khóa đã dùng (${given}). Khóa ghi trong bộ chứng cứ chỉ để tham khảo: hãy dùng khóa lấy từ nguồn tin cậy.`
        : null,
  };
}

function ledgerOf(bundle: unknown): Record<string, unknown> {
  if (!isRecord(bundle) || bundle['format'] !== EVIDENCE_BUNDLE_FORMAT)
    throw new BundleFileError(`Tệp không phải bộ chứng cứ hồ sơ kỷ luật (cần trường format là "${EVIDENCE_BUNDLE_FORMAT}").`);
  const ledger = bundle['ledger'];
  if (!isRecord(ledger))
    throw new BundleFileError(
      `Bộ chứng cứ (phiên bản ${String(bundle['version'])}) không có phần sổ cái (ledger): hãy tải lại bộ chứng cứ từ máy chủ phiên bản mới.`,
    );
  return ledger;
}

function caseIdOf(bundle: unknown): string | null {
  const detail = isRecord(bundle) ? bundle['case'] : undefined;
  return isRecord(detail) && typeof detail['caseId'] === 'string' ? detail['caseId'] : null;
}

/** The tree the proofs are checked against: the signed one when the signature verifies, else the one the bundle states. */
interface Anchor {
  size: number;
  root: Buffer;
}

function checkCheckpoint(value: unknown, origin: unknown, keys: VerifyKeys): { verdict: CheckpointVerdict; anchor: Anchor | null } {
  const logKey = keyName(keys.log);
  const verdict: CheckpointVerdict = {
    ok: false,
    treeSize: null,
    rootHash: null,
    publishedAt: null,
    logKey,
    problems: [],
    witnesses: [],
    unchecked: [],
  };
  if (value === null) {
    verdict.problems.push(
      'Bộ chứng cứ không có checkpoint (sổ cái chưa ký checkpoint nào khi bộ chứng cứ được tạo): không sự kiện nào được chứng minh.',
    );
    return { verdict, anchor: null };
  }
  if (!isRecord(value) || typeof value['note'] !== 'string') {
    verdict.problems.push('Phần checkpoint của bộ chứng cứ không đúng dạng (thiếu ghi chú có chữ ký).');
    return { verdict, anchor: null };
  }
  const statedSize = isTreeNumber(value['treeSize']) ? value['treeSize'] : null;
  const statedRoot = decodeHash(value['rootHash']);
  verdict.treeSize = statedSize;
  verdict.rootHash = typeof value['rootHash'] === 'string' ? value['rootHash'] : null;
  verdict.publishedAt = typeof value['publishedAt'] === 'string' ? value['publishedAt'] : null;
  let opened: OpenedCheckpoint;
  try {
    opened = openCheckpoint(value['note'], { log: keys.log, witnesses: keys.witnesses ?? [] });
  } catch (error) {
    verdict.problems.push(noteProblem(error, keys.log));
    return { verdict, anchor: statedSize !== null && statedRoot ? { size: statedSize, root: statedRoot } : null };
  }
  const signed = opened.checkpoint;
  if (statedSize !== signed.size)
    verdict.problems.push(`Số lá ghi trong bộ chứng cứ (${String(value['treeSize'])}) khác số lá của checkpoint đã ký (${signed.size}).`);
  if (!statedRoot || !statedRoot.equals(signed.rootHash))
    verdict.problems.push('Gốc cây ghi trong bộ chứng cứ khác gốc cây của checkpoint đã ký.');
  if (typeof origin === 'string' && origin !== signed.origin)
    verdict.problems.push(`Bộ chứng cứ ghi origin "${origin}", khác origin của checkpoint đã ký ("${signed.origin}").`);
  verdict.treeSize = signed.size;
  verdict.rootHash = signed.rootHash.toString('base64');
  verdict.witnesses = opened.cosignatures.map((cosignature) => ({ key: keyName(cosignature.verifier), timestamp: cosignature.timestamp }));
  for (const witness of keys.witnesses ?? []) {
    if (!opened.cosignatures.some((cosignature) => sameKey(cosignature.verifier, witness)))
      verdict.problems.push(`Nhân chứng ${keyName(witness)} không đồng xác nhận checkpoint này.`);
  }
  verdict.unchecked = opened.note.unverified.map((signature) => signature.name);
  verdict.ok = verdict.problems.length === 0;
  return { verdict, anchor: { size: signed.size, root: signed.rootHash } };
}

function noteProblem(error: unknown, log: NoteVerifier): string {
  if (!(error instanceof NoteError)) return `Không mở được checkpoint: ${String(error)}.`;
  switch (error.code) {
    case 'unverified-note':
      return `Checkpoint không có chữ ký hợp lệ nào của khóa đã cho (${keyName(log)}): bộ chứng cứ không do sổ cái này ký, hoặc khóa không đúng.`;
    case 'invalid-signature':
      return `Chữ ký trên checkpoint không hợp lệ (${error.message.replace(/^invalid signature for key /, 'khóa ')}): checkpoint đã bị sửa sau khi ký.`;
    case 'missing-log-signature':
      return `Checkpoint chỉ có chữ ký của nhân chứng, không có chữ ký của sổ cái (${keyName(log)}).`;
    case 'wrong-origin':
      return `Checkpoint là của một sổ cái khác, không phải của ${log.name}.`;
    case 'malformed-note':
      return 'Checkpoint không đúng định dạng ghi chú có chữ ký (C2SP signed-note).';
    case 'malformed-checkpoint':
      return 'Nội dung checkpoint không đúng định dạng C2SP tlog-checkpoint.';
    case 'ambiguous-key':
      return 'Hai khóa đã cho trùng tên và mã khóa: không biết dùng khóa nào để kiểm tra.';
    case 'malformed-key':
      return 'Khóa đã cho không đúng dạng.';
  }
}

function ledgerEntries(value: unknown, problems: string[]): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (!Array.isArray(value)) {
    problems.push('Phần sổ cái không có danh sách sự kiện (ledger.events).');
    return entries;
  }
  value.forEach((entry, i) => {
    const eventId = isRecord(entry) && typeof entry['eventId'] === 'string' ? entry['eventId'] : null;
    if (eventId === null) problems.push(`ledger.events[${i}] không có mã sự kiện (eventId).`);
    else if (entries.has(eventId)) problems.push(`Sự kiện ${eventId} có hai mục trong phần sổ cái (ledger.events[${i}]).`);
    else entries.set(eventId, entry);
  });
  return entries;
}

function checkEvent(eventId: string, entry: unknown, cited: EventCitation[], anchor: Anchor | null): EventVerdict {
  const problems: string[] = [];
  const fields = entry as Partial<Record<keyof BundleLedgerEvent, unknown>>;
  const canonical = typeof fields.canonical === 'string' ? fields.canonical : null;
  const event = canonical === null ? null : parseCanonical(canonical, eventId, problems);
  if (fields.canonical !== null && canonical === null) problems.push('mã hóa chuẩn (canonical) không phải chuỗi');

  const leafHash = fields.leafHash === null || fields.leafHash === undefined ? null : decodeHash(fields.leafHash);
  if (fields.leafHash !== null && leafHash === null) problems.push('giá trị băm lá (leafHash) không phải 32 byte base64');
  if (canonical !== null && leafHash !== null && !hashLeaf(Buffer.from(canonical, 'utf8')).equals(leafHash))
    problems.push('mã hóa chuẩn không khớp giá trị băm lá: nội dung sự kiện đã bị sửa');

  let unprovenReason: string | null = null;
  if (fields.proof === null || fields.proof === undefined) {
    const unproven = isRecord(fields.unproven) ? fields.unproven : null;
    unprovenReason = typeof unproven?.['reason'] === 'string' ? unproven['reason'] : 'bộ chứng cứ không ghi lý do';
  } else {
    problems.push(...inclusionProblems(fields, canonical, leafHash, anchor));
  }
  if (event) for (const citation of cited) problems.push(...citationProblems(citation, event));

  return {
    eventId,
    type: event?.type ?? shownType(cited),
    status: problems.length > 0 ? 'failed' : unprovenReason !== null ? 'unproven' : 'proven',
    problems,
    unprovenReason: problems.length > 0 ? null : unprovenReason,
    citedAt: cited.map((citation) => citation.path),
  };
}

function inclusionProblems(
  fields: Partial<Record<keyof BundleLedgerEvent, unknown>>,
  canonical: string | null,
  leafHash: Buffer | null,
  anchor: Anchor | null,
): string[] {
  if (anchor === null) return ['có chứng minh thuộc cây nhưng không có checkpoint để đối chiếu'];
  if (canonical === null || leafHash === null) return ['có chứng minh thuộc cây nhưng thiếu mã hóa chuẩn hoặc giá trị băm lá'];
  const proof = Array.isArray(fields.proof) ? fields.proof.map(decodeHash) : null;
  if (proof === null || proof.some((hash) => hash === null))
    return ['chứng minh thuộc cây (proof) không phải danh sách giá trị băm 32 byte base64'];
  if (!isTreeNumber(fields.leafIndex)) return ['vị trí lá (leafIndex) không phải số nguyên không âm'];
  if (fields.leafIndex >= anchor.size) return [`lá số ${fields.leafIndex} không nằm trong cây ${anchor.size} lá của checkpoint`];
  const expected = inclusionProofLength(fields.leafIndex, anchor.size);
  if (proof.length !== expected) return [`chứng minh thuộc cây có ${proof.length} giá trị băm, cần ${expected}`];
  if (verifyInclusion(leafHash, fields.leafIndex, anchor.size, proof as Buffer[], anchor.root).ok) return [];
  return ['chứng minh thuộc cây không dẫn tới gốc cây của checkpoint: sự kiện, vị trí lá hoặc chứng minh đã bị sửa'];
}

/** The event a canonical encoding holds, when it is the canonical encoding of an event of this id. */
function parseCanonical(canonical: string, eventId: string, problems: string[]): LedgerEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(canonical);
  } catch {
    problems.push('mã hóa chuẩn không phải JSON');
    return null;
  }
  let reencoded: string | null = null;
  try {
    reencoded = canonicalEventBytes(parsed as LedgerEvent).toString('utf8');
  } catch {
    // Reported below.
  }
  if (reencoded !== canonical) {
    problems.push('mã hóa chuẩn không đúng dạng chuẩn (RFC 8785, đúng 8 trường của sự kiện)');
    return null;
  }
  const event = parsed as LedgerEvent;
  if (event.id !== eventId) {
    problems.push(`mã hóa chuẩn là của sự kiện khác (${event.id})`);
    return null;
  }
  return event;
}

const EVENT_FIELDS = ['id', 'streamId', 'streamVersion', 'globalPosition', 'type', 'recordedAt', 'data', 'metadata'] as const;
const SUMMARY_FIELDS = ['streamId', 'streamVersion', 'globalPosition', 'type', 'recordedAt', 'data', 'metadata'] as const;

/** Where the bundle shows the event otherwise than its leaf encodes it: someone edited the readable part. */
function citationProblems(citation: EventCitation, event: LedgerEvent): string[] {
  const shown = citation.shown;
  if (shown === undefined) return [];
  const differ = (field: string): string => `${citation.path}: trường ${field} khác nội dung đã băm`;
  if (citation.kind === 'event') {
    return EVENT_FIELDS.flatMap((field) => {
      if (!(field in shown)) return [`${citation.path}: thiếu trường ${field}`];
      return sameJson(shown[field], event[field]) ? [] : [differ(field)];
    });
  }
  const problems = SUMMARY_FIELDS.flatMap((field) =>
    field in shown && shown[field] !== null && !sameJson(shown[field], event[field]) ? [differ(field)] : [],
  );
  const occurredAt = isRecord(event.metadata) ? event.metadata['occurredAt'] : undefined;
  if (typeof shown['occurredAt'] === 'string' && typeof occurredAt === 'string' && !sameInstant(shown['occurredAt'], occurredAt))
    problems.push(differ('occurredAt'));
  return problems;
}

/** Each list of whole events is one stream from its first version, without a gap (an event taken out shows). */
function streamGaps(bundle: unknown): string[] {
  return eventLists(bundle).flatMap(({ path, events }) => {
    if (!Array.isArray(events)) return [`${path} không phải danh sách sự kiện.`];
    const streams = new Set<unknown>();
    const problems: string[] = [];
    events.forEach((event, i) => {
      if (!isRecord(event) || typeof event['id'] !== 'string') {
        problems.push(`${path}[${i}] không phải một sự kiện.`);
        return;
      }
      streams.add(event['streamId']);
      if (event['streamVersion'] !== i)
        problems.push(`${path}[${i}] có phiên bản ${String(event['streamVersion'])}, cần ${i}: luồng sự kiện bị thiếu hoặc đảo thứ tự.`);
    });
    if (streams.size > 1) problems.push(`${path} trộn sự kiện của nhiều luồng.`);
    return problems;
  });
}

function shownType(cited: readonly EventCitation[]): string | null {
  for (const citation of cited) if (typeof citation.shown?.['type'] === 'string') return citation.shown['type'];
  return null;
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

function sameInstant(a: string, b: string): boolean {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
}

function decodeHash(value: unknown): Buffer | null {
  if (typeof value !== 'string') return null;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === HASH_SIZE && bytes.toString('base64') === value ? bytes : null;
}

function isTreeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function sameKey(a: NoteVerifier, b: NoteVerifier): boolean {
  return a.name === b.name && a.keyId === b.keyId && a.publicKey.equals(b.publicKey);
}

/** `<name>+<key id>`, as the key string begins. */
export function keyName(key: NoteVerifier): string {
  return `${key.name}+${key.keyId.toString(16).padStart(8, '0')}`;
}
