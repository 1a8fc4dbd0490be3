import type { Finding } from '@lib/domain/rules';
import type { Contest } from './finding-contests';

/**
 * `active`: the rules report it. `held`: the rules no longer report it because a person it names voided or
 * corrected its entries; it stays for the inspector. `superseded`: the rules no longer report it otherwise.
 */
export type Detection = 'active' | 'held' | 'superseded';
export type SupersededReason = 'evidence_voided' | 'evidence_corrected' | 'no_longer_detected';

/** What the projection keeps of a finding between events: enough to tell whether a row must be written. */
export interface KnownFinding {
  findingId: string;
  detection: Detection;
  /** JSON of the body last written, to skip unchanged rows. */
  bodyJson: string;
  keyEventIds: readonly string[];
  evidenceEventIds: readonly string[];
  /** The body last produced (kept whole: a superseded finding keeps its last content). */
  finding: Finding;
  /** Canonical JSON of the contests last written. */
  contestsJson: string;
}

/** A finding's content in canonical JSON (keys sorted), so a body read back from jsonb compares equal to a fresh one. */
export function bodyOf(finding: Finding): string {
  return canonicalJson(finding);
}

/** The contests in canonical JSON, to compare with what jsonb gives back. */
export function contestsJsonOf(contests: readonly Contest[]): string {
  return canonicalJson(contests);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Why a finding the rules no longer report stopped: its own entries were voided or corrected, or the facts moved on. */
export function supersededReasonOf(known: KnownFinding, voided: ReadonlySet<string>, corrected: ReadonlySet<string>): SupersededReason {
  const cited = [...known.keyEventIds, ...known.evidenceEventIds];
  if (cited.some((eventId) => voided.has(eventId))) return 'evidence_voided';
  if (cited.some((eventId) => corrected.has(eventId))) return 'evidence_corrected';
  return 'no_longer_detected';
}
