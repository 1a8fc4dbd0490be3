import { InvalidCheckpointError } from '../event-store.errors';
import type { Checkpoint } from '../stored-event';

/** A place in the PostgreSQL log: the writing transaction's id (xid8) and the global position. */
export interface LogPlace {
  transactionId: string;
  globalPosition: string;
}

const FORMAT = /^(\d{1,20})\/(\d{1,19})$/;

export function encodeCheckpoint(place: LogPlace): Checkpoint {
  return `${place.transactionId}/${place.globalPosition}`;
}

export function decodeCheckpoint(checkpoint: Checkpoint | undefined): LogPlace {
  if (checkpoint === undefined || checkpoint === '') return { transactionId: '0', globalPosition: '0' };
  const match = FORMAT.exec(checkpoint);
  if (!match) throw new InvalidCheckpointError(checkpoint);
  return { transactionId: match[1]!, globalPosition: match[2]! };
}
