import { taskCategoryLabel } from '@lib/domain/task';
import type { StoredEvent } from '@lib/event-store';
import type { Named, OrganisationNames } from '@lib/read-models/task-custody';
import { recordingLateness, type RecordingLateness } from '../audit/recording-lateness';
import type { AssignedTaskView, TaskView } from './task.view';

type Party = { unitId: string; personId?: string | null };

/**
 * GET /tasks/{id} with names beside ids: each unit as the organisation named it on the day of the entry that
 * mentions it (a unit renamed later reads as it was then), each person by the registered name, and the
 * category's Vietnamese label. Ids stay where they were; the names are added beside them.
 */
export type NamedTaskView = TaskView & {
  categoryLabel?: string | null;
  lead?: AssignedTaskView['lead'] & {
    unitName: string | null;
    coordinatingUnitNames: Array<string | null>;
    responsiblePersonName: string | null;
  };
};

export function namedTaskView(view: TaskView, names: OrganisationNames): NamedTaskView {
  if (view.status === 'initial') return view;
  const dayOf = (eventId: string | undefined, fallback: string): string => (eventId && view.entries[eventId]?.occurredAt) || fallback;
  const party = <P extends Party>(value: P, on: string): Named<P> => names.party(value, on);
  const leadSince = view.custody.holder.unitId === view.lead.unitId ? view.custody.heldSince : view.assignedAt;
  const named = {
    ...view,
    categoryLabel: taskCategoryLabel(view.category),
    assigningAuthority: party(view.assigningAuthority, view.assignedAt),
    lead: {
      ...view.lead,
      unitName: names.unitName(view.lead.unitId, leadSince),
      coordinatingUnitNames: names.unitNames(view.lead.coordinatingUnitIds, view.assignedAt),
      responsiblePersonName: names.personName(view.lead.responsiblePersonId),
    },
    custody: {
      ...view.custody,
      holder: party(view.custody.holder, view.custody.heldSince),
      senders: view.custody.senders.map((sender) => party(sender, view.custody.heldSince)),
    },
    consultations: view.consultations.map((consultation) => {
      const requestedOn = dayOf(consultation.requestEventId, view.assignedAt);
      return {
        ...consultation,
        unitNames: names.unitNames(consultation.unitIds, requestedOn),
        answers: consultation.answers.map((answer) => ({
          ...answer,
          unitName: names.unitName(answer.unitId, dayOf(answer.eventId, requestedOn)),
        })),
      };
    }),
    pendingSubmission:
      view.pendingSubmission === null
        ? null
        : { ...view.pendingSubmission, to: party(view.pendingSubmission.to, dayOf(view.pendingSubmission.eventId, view.assignedAt)) },
    entries: Object.fromEntries(
      Object.entries(view.entries).map(([eventId, entry]) => [
        eventId,
        { ...entry, recordedFor: party(entry.recordedFor, entry.occurredAt) },
      ]),
    ),
    difficulties: Object.fromEntries(
      Object.entries(view.difficulties).map(([eventId, difficulty]) => [
        eventId,
        { ...difficulty, from: party(difficulty.from, dayOf(eventId, view.assignedAt)) },
      ]),
    ),
  };
  if (view.status === 'completed') {
    return {
      ...named,
      status: 'completed',
      completion: { ...view.completion, by: party(view.completion.by, view.completion.completedAt) },
    };
  }
  return named as NamedTaskView;
}

/**
 * A trail entry with its recorder (and the official recorded for) named as on the day it occurred, and marked late as
 * the audit trail marks it (more than LATE_RECORDING_HOURS after it occurred, never imported history); `metadata` stays
 * as stored.
 */
export type NamedTrailEvent = StoredEvent &
  Omit<RecordingLateness, 'import'> & {
    actor: Named<{ unitId: string; personId: string }>;
    onBehalfOf: Named<{ unitId: string; personId: string }> | null;
  };

export function namedTrailEvent(event: StoredEvent, names: OrganisationNames, lateHours: number): NamedTrailEvent {
  const { actor, onBehalfOf, occurredAt } = event.metadata;
  const party = (who: { unitId: string; personId: string }) => names.party({ unitId: who.unitId, personId: who.personId }, occurredAt);
  const { late, recordedAfterHours, imported } = recordingLateness(event, lateHours);
  return { ...event, late, recordedAfterHours, imported, actor: party(actor), onBehalfOf: onBehalfOf ? party(onBehalfOf) : null };
}
