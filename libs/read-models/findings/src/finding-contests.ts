import type { Finding, RuleSourceEvent } from '@lib/domain/rules';

export type ContestType = 'EntryVoided' | 'EntryCorrected';
export type NamedRole = 'responsible' | 'supervisory';

/**
 * A voiding or correction of one of a finding's own entries (key or evidence) made by a person the finding
 * names, as its recording official or as the official a clerk recorded it for. Such an entry does not
 * make the finding disappear: the finding is held for an inspector (principle 12).
 */
export interface Contest {
  eventId: string;
  type: ContestType;
  originalEventId: string;
  originalType: string;
  occurredAt: string;
  reason: string;
  /** Who recorded it. */
  actor: { personId: string; unitId: string };
  /** The official a clerk recorded it for, or null. */
  onBehalfOf: { personId: string; unitId: string } | null;
  /** How the finding names the person who made it (the official it was recorded for, else the recorder). */
  namedAs: NamedRole[];
}

/** Persons a finding names, with their roles: the same persons who may not judge it. */
function namedRoles(finding: Finding): Map<string, NamedRole[]> {
  const roles = new Map<string, NamedRole[]>();
  const add = (personId: string | null, role: NamedRole): void => {
    if (personId === null) return;
    const known = roles.get(personId) ?? [];
    if (!known.includes(role)) roles.set(personId, [...known, role]);
  };
  for (const party of finding.responsible) add(party.personId, 'responsible');
  for (const party of finding.supervisory) add(party.personId, 'supervisory');
  return roles;
}

/**
 * The voidings and corrections of the finding's entries made by (or recorded for) a person it names, in log
 * order. Pure: the same events and finding give the same list, so a rebuild gives the same rows.
 */
export function contestsOf(finding: Finding, events: readonly RuleSourceEvent[]): Contest[] {
  const cited = new Set([...finding.keyEventIds, ...finding.evidence.map((evidence) => evidence.eventId)]);
  const named = namedRoles(finding);
  const contests: Contest[] = [];
  for (const event of events) {
    if (event.type !== 'EntryVoided' && event.type !== 'EntryCorrected') continue;
    if (!cited.has(event.data.originalEventId)) continue;
    const { actor, onBehalfOf } = event.metadata;
    const namedAs = (onBehalfOf !== undefined ? named.get(onBehalfOf.personId) : undefined) ?? named.get(actor.personId);
    if (namedAs === undefined) continue;
    contests.push({
      eventId: event.metadata.eventId,
      type: event.type,
      originalEventId: event.data.originalEventId,
      originalType: event.data.originalType,
      occurredAt: new Date(Date.parse(event.metadata.occurredAt)).toISOString(),
      reason: event.data.reason,
      actor: { personId: actor.personId, unitId: actor.unitId },
      onBehalfOf: onBehalfOf === undefined ? null : { personId: onBehalfOf.personId, unitId: onBehalfOf.unitId },
      namedAs,
    });
  }
  return contests;
}
