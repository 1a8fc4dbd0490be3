/**
 * Which events a bundle cites, and how it shows them: found by walking the bundle's readable part (everything
 * but `ledger`), so that the server lists in `ledger.events` every event a reader may rely on and the verifier
 * checks every place the bundle shows one. Three ways to cite an event:
 *
 * - `event`: a whole stored event (an object with `id`, `streamId`, `data` and `metadata`, as in `caseEvents` and
 *   `tasks[].events`); every field its leaf encodes must match the leaf;
 * - `summary`: an object with an `eventId` (a step of the case, a finding's evidence or review, a custody step…);
 *   the fields it shows that the leaf encodes (`type`, `streamId`, `streamVersion`, `globalPosition`,
 *   `recordedAt`, `data`, `metadata`, and `occurredAt`, the metadata's) must match;
 * - `reference`: a member named `…EventId` (or `…EventIds`, a list) naming another event, which must be in the ledger.
 *
 * The content of a cited event (its `data` and `metadata`) is not walked: events it names are its own business.
 */

export type CitationKind = 'event' | 'summary' | 'reference';

export interface EventCitation {
  eventId: string;
  kind: CitationKind;
  /** Where the bundle shows it, as a JSON path (`$.tasks[0].events[2]`, `$.findings[0].detectedBy.eventId`). */
  path: string;
  /** The object shown there (`event`, `summary`); undefined for a reference. */
  shown?: Readonly<Record<string, unknown>>;
}

/** The lists of whole stored events in the bundle: each is one stream, from its first version, in order. */
const EVENT_LIST_PATHS = [/^\$\.caseEvents$/, /^\$\.tasks\[\d+\]\.events$/];

/** Every citation of an event in the bundle's readable part, in document order. */
export function eventCitations(bundle: unknown): EventCitation[] {
  const citations: EventCitation[] = [];
  if (isRecord(bundle)) {
    for (const [key, member] of Object.entries(bundle)) if (key !== 'ledger') walk(member, `$.${key}`, citations);
  }
  return citations;
}

/** The ids of the events the bundle cites, each once, in the order first cited. */
export function citedEventIds(bundle: unknown): string[] {
  return [...new Set(eventCitations(bundle).map((citation) => citation.eventId))];
}

/** The lists of whole stored events the bundle holds (`caseEvents`, each task's `events`), with their paths. */
export function eventLists(bundle: unknown): Array<{ path: string; events: unknown }> {
  const lists: Array<{ path: string; events: unknown }> = [];
  if (!isRecord(bundle)) return lists;
  lists.push({ path: '$.caseEvents', events: bundle['caseEvents'] });
  const tasks = bundle['tasks'];
  if (Array.isArray(tasks))
    tasks.forEach((task, i) => lists.push({ path: `$.tasks[${i}].events`, events: isRecord(task) ? task['events'] : undefined }));
  return lists;
}

function walk(value: unknown, path: string, citations: EventCitation[]): void {
  if (Array.isArray(value)) {
    const wholeEvents = EVENT_LIST_PATHS.some((pattern) => pattern.test(path));
    value.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      // An item of a list of whole events is cited as one even when a field is missing: the check names it.
      if (wholeEvents && isRecord(item) && typeof item['id'] === 'string')
        citations.push({ eventId: item['id'], kind: 'event', path: itemPath, shown: item });
      else walk(item, itemPath, citations);
    });
    return;
  }
  if (!isRecord(value)) return;
  if (isStoredEvent(value)) {
    citations.push({ eventId: value['id'] as string, kind: 'event', path, shown: value });
    return;
  }
  const summary = typeof value['eventId'] === 'string';
  if (summary) citations.push({ eventId: value['eventId'] as string, kind: 'summary', path, shown: value });
  for (const [key, member] of Object.entries(value)) {
    const memberPath = `${path}.${key}`;
    if (key === 'eventId' || (summary && (key === 'data' || key === 'metadata'))) continue;
    if (/EventId$/.test(key) && typeof member === 'string') {
      citations.push({ eventId: member, kind: 'reference', path: memberPath });
    } else if (/EventIds$/.test(key) && Array.isArray(member)) {
      member.forEach((id, i) => {
        if (typeof id === 'string') citations.push({ eventId: id, kind: 'reference', path: `${memberPath}[${i}]` });
      });
    } else {
      walk(member, memberPath, citations);
    }
  }
}

function isStoredEvent(value: Record<string, unknown>): boolean {
  return typeof value['id'] === 'string' && typeof value['streamId'] === 'string' && 'data' in value && 'metadata' in value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
