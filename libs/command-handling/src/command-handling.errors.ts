/** Every attempt lost the race for the stream: someone else appended between our read and our append, each time. */
export class StreamConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(`Stream ${streamId}: still modified concurrently after ${attempts} attempt(s)`);
  }

  override get name(): string {
    return 'StreamConflictError';
  }
}

/** A command that creates its stream found it already there (written by another command). */
export class StreamAlreadyExistsError extends Error {
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} already exists`);
  }

  override get name(): string {
    return 'StreamAlreadyExistsError';
  }
}
