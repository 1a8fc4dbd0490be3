import { canonicalJsonBytes } from './canonical-json';
import { hashLeaf } from './merkle-hash';

/**
 * The fields of a stored event that its leaf in the log's Merkle tree commits to, as the event store serves
 * them (a `StoredEvent` of `@lib/event-store` has them all; its `checkpoint`, an adapter's opaque token, is
 * not committed to).
 */
export interface LedgerEvent {
  /** The event's number in the global log (a non-negative safe integer). */
  readonly globalPosition: number;
  /** The event's UUID. */
  readonly id: string;
  readonly streamId: string;
  /** The event's version in its stream (a non-negative safe integer). */
  readonly streamVersion: number;
  readonly type: string;
  /** Any JSON value (in practice an object). */
  readonly data: unknown;
  /** Any JSON value (in practice the event's metadata object). */
  readonly metadata: unknown;
  /** When the store recorded the event: the ISO-8601 string exactly as the store gives it. */
  readonly recordedAt: string;
}

/**
 * The bytes of an event's Merkle leaf. To reproduce them elsewhere:
 *
 * 1. Build the JSON object with exactly these eight members and no other:
 *    `globalPosition` (number), `id` (string), `streamId` (string), `streamVersion` (number), `type`
 *    (string), `data` (the event's data, any JSON value), `metadata` (the event's metadata, any JSON value)
 *    and `recordedAt` (string, the ISO-8601 text exactly as the event store serves it, not reparsed or
 *    reformatted: `2026-03-02T02:00:00.000Z` and `2026-03-02T02:00:00Z` are different leaves).
 * 2. Serialise it with the JSON Canonicalization Scheme, RFC 8785: members of every object sorted by name
 *    compared as UTF-16 code units, no whitespace, numbers as ECMAScript writes them, strings escaped as
 *    `JSON.stringify` escapes them (see `canonicalJson`). The top-level member order is therefore
 *    `data, globalPosition, id, metadata, recordedAt, streamId, streamVersion, type`.
 * 3. Encode the result in UTF-8. These bytes are the leaf; its hash in the tree is
 *    SHA-256(0x00 || bytes) (RFC 9162 §2.1.1), which `leafHashOfEvent` returns.
 *
 * For example the event `{ globalPosition: 1, id: "a", streamId: "s-1", streamVersion: 0, type: "T",
 * data: { b: 1, a: "é" }, metadata: {}, recordedAt: "2026-01-01T00:00:00.000Z" }` has the leaf
 * `{"data":{"a":"é","b":1},"globalPosition":1,"id":"a","metadata":{},"recordedAt":"2026-01-01T00:00:00.000Z","streamId":"s-1","streamVersion":0,"type":"T"}`
 * (with é as the two bytes C3 A9).
 *
 * Throws a TypeError when a field has the wrong type or `data`/`metadata` is not I-JSON (see
 * `canonicalJson`): an event that cannot be encoded canonically must not be logged with a guessed encoding.
 */
export function canonicalEventBytes(event: LedgerEvent): Buffer {
  assertCount(event.globalPosition, 'globalPosition');
  assertString(event.id, 'id');
  assertString(event.streamId, 'streamId');
  assertCount(event.streamVersion, 'streamVersion');
  assertString(event.type, 'type');
  assertString(event.recordedAt, 'recordedAt');
  return canonicalJsonBytes({
    globalPosition: event.globalPosition,
    id: event.id,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
  });
}

/** The event's leaf hash in the log's Merkle tree: SHA-256(0x00 || canonicalEventBytes(event)). */
export function leafHashOfEvent(event: LedgerEvent): Buffer {
  return hashLeaf(canonicalEventBytes(event));
}

function assertCount(value: unknown, field: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`event.${field} must be a non-negative safe integer`);
  }
}

function assertString(value: unknown, field: string): void {
  if (typeof value !== 'string') throw new TypeError(`event.${field} must be a string`);
}
