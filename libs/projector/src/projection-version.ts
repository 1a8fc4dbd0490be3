import { createHash } from 'node:crypto';

/**
 * One projection version from several parts (the projection's own schema version, a rules fingerprint, the
 * calendar data version...): any part changing changes the result, so the runtime rebuilds the projection at
 * its next start. A non-negative 31-bit integer (the checkpoint's `version` column is an integer).
 */
export function projectionVersion(...parts: ReadonlyArray<number | string>): number {
  const digest = createHash('sha256').update(parts.join('|')).digest('hex');
  return Number.parseInt(digest.slice(0, 7), 16);
}
