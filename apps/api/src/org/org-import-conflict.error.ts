/** An organisation file lost the race for one of its streams on every attempt; what it already wrote stays written. */
export class OrgImportConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly attempts: number,
    readonly eventsAppended: number,
  ) {
    super(`Organisation import: ${streamId} still modified concurrently after ${attempts} attempt(s)`);
  }

  override get name(): string {
    return 'OrgImportConflictError';
  }
}
