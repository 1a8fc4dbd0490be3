import {
  EmptyAppendError,
  EventTooLargeError,
  InvalidEventError,
  InvalidStreamIdError,
  WrongExpectedVersionError,
} from './event-store.errors';
import type { ExpectedVersion } from './event-store.port';
import type { NewEvent } from './stored-event';

/** `category-id`, e.g. `task-0b5c…`, `unit-ubnd-tp`. Lower-case category, then a printable id. */
const STREAM_ID = /^[a-z][a-z0-9_]{0,62}-[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const EVENT_TYPE = /^[A-Z][A-Za-z0-9]{0,99}$/;
/** A batch id fits the id part of a stream id, so the batch's lifecycle can be the stream `import-<batchId>`. */
const IMPORT_BATCH_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}$/;
const IMPORT_SOURCE_MAX = 200;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DEFAULT_MAX_EVENT_BYTES = 256 * 1024;

export function assertValidStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string') throw new InvalidStreamIdError(streamId, 'must be a string');
  if (!STREAM_ID.test(streamId)) {
    throw new InvalidStreamIdError(streamId, 'must look like category-id (lower-case category, a dash, then letters, digits or ._:@-)');
  }
}

function assertValidExpectedVersion(streamId: string, expected: unknown): asserts expected is ExpectedVersion {
  if (expected === 'any' || expected === 'no_stream') return;
  if (typeof expected === 'number' && Number.isInteger(expected) && expected >= 0) return;
  throw new WrongExpectedVersionError(streamId, expected as ExpectedVersion, 'no_stream');
}

/** Checks everything that can be checked without the database, so a bad append writes nothing. */
export function assertValidAppend(
  streamId: unknown,
  events: ReadonlyArray<NewEvent> | unknown,
  expectedVersion: unknown,
  maxEventBytes = DEFAULT_MAX_EVENT_BYTES,
): asserts events is ReadonlyArray<NewEvent> {
  assertValidStreamId(streamId);
  assertValidExpectedVersion(streamId, expectedVersion);
  if (!Array.isArray(events) || events.length === 0) throw new EmptyAppendError(streamId);
  const seen = new Set<string>();
  events.forEach((event: unknown, index) => {
    assertValidEvent(event, index, maxEventBytes);
    const id = (event as NewEvent).id.toLowerCase();
    if (seen.has(id)) throw new InvalidEventError(index, 'id', 'repeats an earlier event id of the same append');
    seen.add(id);
  });
}

function assertValidEvent(event: unknown, index: number, maxEventBytes: number): asserts event is NewEvent {
  if (!isPlainObject(event)) throw new InvalidEventError(index, 'event', 'must be an object');
  if (typeof event.id !== 'string' || !UUID.test(event.id)) throw new InvalidEventError(index, 'id', 'must be a UUID');
  if (typeof event.type !== 'string' || !EVENT_TYPE.test(event.type)) {
    throw new InvalidEventError(index, 'type', 'must be a PascalCase name of at most 100 characters');
  }
  if (!isPlainObject(event.data)) throw new InvalidEventError(index, 'data', 'must be an object');
  const metadata = event.metadata;
  if (!isPlainObject(metadata)) throw new InvalidEventError(index, 'metadata', 'must be an object');
  assertParty(metadata.actor, index, 'metadata.actor');
  if (metadata.onBehalfOf !== undefined) assertParty(metadata.onBehalfOf, index, 'metadata.onBehalfOf');
  for (const field of ['commandId', 'correlationId'] as const) {
    if (typeof metadata[field] !== 'string' || metadata[field] === '')
      throw new InvalidEventError(index, `metadata.${field}`, 'must be a non-empty string');
  }
  if (metadata.causationId !== null && typeof metadata.causationId !== 'string') {
    throw new InvalidEventError(index, 'metadata.causationId', 'must be a string or null');
  }
  if (typeof metadata.occurredAt !== 'string' || !ISO_INSTANT.test(metadata.occurredAt) || Number.isNaN(Date.parse(metadata.occurredAt))) {
    throw new InvalidEventError(index, 'metadata.occurredAt', 'must be an ISO-8601 instant');
  }
  if (!Number.isInteger(metadata.schemaVersion) || (metadata.schemaVersion as number) < 1) {
    throw new InvalidEventError(index, 'metadata.schemaVersion', 'must be a positive integer');
  }
  if (metadata.import !== undefined) assertImportOrigin(metadata.import, index);
  const bytes = Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(metadata));
  if (bytes > maxEventBytes) throw new EventTooLargeError(index, bytes, maxEventBytes);
}

function assertParty(value: unknown, index: number, field: string): void {
  if (!isPlainObject(value) || typeof value.personId !== 'string' || typeof value.unitId !== 'string' || !value.personId || !value.unitId) {
    throw new InvalidEventError(index, field, 'must name a personId and a unitId');
  }
}

function assertImportOrigin(value: unknown, index: number): void {
  if (!isPlainObject(value)) throw new InvalidEventError(index, 'metadata.import', 'must be an object naming a source and a batchId');
  const unknown = Object.keys(value).find((key) => key !== 'source' && key !== 'batchId');
  if (unknown !== undefined)
    throw new InvalidEventError(index, `metadata.import.${unknown}`, 'is not a field of an import (source, batchId)');
  const { source, batchId } = value;
  if (typeof source !== 'string' || source.trim() === '' || source.length > IMPORT_SOURCE_MAX || /[\u0000-\u001f\u007f]/.test(source)) {
    throw new InvalidEventError(
      index,
      'metadata.import.source',
      `must be a non-empty text of at most ${IMPORT_SOURCE_MAX} characters without control characters`,
    );
  }
  if (typeof batchId !== 'string' || !IMPORT_BATCH_ID.test(batchId)) {
    throw new InvalidEventError(
      index,
      'metadata.import.batchId',
      'must be 1 to 100 letters, digits or ._:@- (starting with a letter or digit)',
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
