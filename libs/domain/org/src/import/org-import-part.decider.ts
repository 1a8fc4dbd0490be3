import type { Decider } from '@lib/domain/core';
import { orgStreamIdOf } from '../org-stream';
import type { OrgEvent } from '../org.events';

/**
 * One stream's part of a planned organisation file: consecutive events the plan decided for that stream, on
 * the timeline that already held every stream the file writes. The in-stream and cross-stream rules were
 * applied when planning (`planOrgImport`); what is left to check when the part is written is that the
 * stream is still the one the plan read (the expected version, checked by the command handler) and that
 * every event is the stream's own.
 */
export interface WriteImportPart {
  type: 'WriteImportPart';
  data: { streamId: string; events: ReadonlyArray<OrgEvent> };
}

/** A planning defect, not a refusal of the file: an event planned for one stream was handed to another. */
export class ImportPartOutOfStreamError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventStreamId: string,
  ) {
    super(`Organisation import: an event of ${eventStreamId} was planned into ${streamId}`);
  }

  override get name(): string {
    return 'ImportPartOutOfStreamError';
  }
}

/** Writing a planned part needs nothing of the stream's state beyond its version. */
export const orgImportPartDecider: Decider<WriteImportPart, OrgEvent, null> = {
  initialState: () => null,
  evolve: () => null,
  decide: ({ data }) =>
    data.events.map((event) => {
      const eventStreamId = orgStreamIdOf(event);
      if (eventStreamId !== data.streamId) throw new ImportPartOutOfStreamError(data.streamId, eventStreamId);
      return event;
    }),
};
