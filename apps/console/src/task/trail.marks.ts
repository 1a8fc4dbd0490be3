import { eventTypeLabel } from '../audit/event-type.labels';
import { correctionText } from './event.details';
import type { EntryView, TrailEvent } from './task.api';

export interface TrailMark {
  /** Voided by a later entry: its reason and that entry's id; null when in force. */
  voided: { reason: string | null; byEventId: string | null } | null;
  /** Corrections recorded for it, oldest first: reason, what changed, the correcting entry's id. */
  corrections: Array<{ reason: string | null; changes: string; byEventId: string }>;
  /** For a voiding or a correcting entry: what it voids or corrects ("Chuyển đơn vị khác", with the entry id). */
  compensates: { eventId: string; label: string } | null;
}

const reasonOf = (data: Readonly<Record<string, unknown>>): string | null => (typeof data.reason === 'string' ? data.reason : null);

/**
 * The trail's voided and corrected entries: the task view's entries say which are voided or corrected (the state
 * the API rebuilt), the voiding and correcting events in the trail say why and what changed.
 */
export function trailMarks(entries: Readonly<Record<string, EntryView>>, events: readonly TrailEvent[]): Map<string, TrailMark> {
  const marks = new Map<string, TrailMark>();
  const markOf = (eventId: string): TrailMark => {
    let mark = marks.get(eventId);
    if (!mark) marks.set(eventId, (mark = { voided: null, corrections: [], compensates: null }));
    return mark;
  };
  for (const event of events) {
    const original = typeof event.data.originalEventId === 'string' ? event.data.originalEventId : null;
    if (original === null || (event.type !== 'EntryVoided' && event.type !== 'EntryCorrected')) continue;
    const originalType = typeof event.data.originalType === 'string' ? event.data.originalType : (entries[original]?.type ?? '');
    markOf(event.id).compensates = { eventId: original, label: eventTypeLabel(originalType) };
    if (event.type === 'EntryVoided') markOf(original).voided = { reason: reasonOf(event.data), byEventId: event.id };
    else
      markOf(original).corrections.push({ reason: reasonOf(event.data), changes: correctionText(event.data.fields), byEventId: event.id });
  }
  for (const [eventId, entry] of Object.entries(entries)) {
    if (entry.voided && !marks.get(eventId)?.voided) markOf(eventId).voided = { reason: null, byEventId: null };
  }
  return marks;
}
