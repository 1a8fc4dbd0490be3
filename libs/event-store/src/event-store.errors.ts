import type { ExpectedVersion } from './event-store.port';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
  override get name(): string {
    return this.constructor.name;
  }
}

export class WrongExpectedVersionError extends EventStoreError {
  readonly code = 'wrong_expected_version';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected version ${String(expected)}, actual ${String(actual)}`);
  }
}

/** The same event id was already stored with other content or at another place. */
export class DuplicateEventError extends EventStoreError {
  readonly code = 'duplicate_event';
  constructor(
    readonly eventId: string,
    readonly reason: string,
  ) {
    super(`Event ${eventId} already exists: ${reason}`);
  }
}

export class InvalidStreamIdError extends EventStoreError {
  readonly code = 'invalid_stream_id';
  constructor(
    readonly streamId: unknown,
    readonly reason: string,
  ) {
    super(`Invalid stream id ${JSON.stringify(streamId)}: ${reason}`);
  }
}

export class EmptyAppendError extends EventStoreError {
  readonly code = 'empty_append';
  constructor(readonly streamId: string) {
    super(`Append to ${streamId} carries no events`);
  }
}

export class InvalidEventError extends EventStoreError {
  readonly code = 'invalid_event';
  constructor(
    readonly index: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Event #${index}: ${field} ${reason}`);
  }
}

export class EventTooLargeError extends EventStoreError {
  readonly code = 'event_too_large';
  constructor(
    readonly index: number,
    readonly bytes: number,
    readonly limitBytes: number,
  ) {
    super(`Event #${index} is ${bytes} bytes, over the limit of ${limitBytes} bytes`);
  }
}

export class InvalidCheckpointError extends EventStoreError {
  readonly code = 'invalid_checkpoint';
  constructor(readonly checkpoint: string) {
    super(`Invalid checkpoint ${JSON.stringify(checkpoint)}`);
  }
}

export class VisibilityTimeoutError extends EventStoreError {
  readonly code = 'visibility_timeout';
  constructor(readonly timeoutMs: number) {
    super(`Events committed earlier did not become visible within ${timeoutMs} ms: a transaction has stayed open that long`);
  }
}
