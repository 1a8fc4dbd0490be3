import { createHash } from 'node:crypto';
import { createVnWorkingDayCalendar } from '@lib/domain/calendar';
import { DEMO_TASK_SEED, generateDemoTasks } from '@lib/domain/demo';
import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import { createTaskDecider, taskStreamId, type TaskEvent, type TaskState } from '@lib/domain/task';
import type { NewEvent } from '@lib/event-store';

/** One stream's events of the city, in the order they are appended. */
export interface StreamBatch {
  streamId: string;
  events: NewEvent[];
}

export interface CityLog {
  org: StreamBatch[];
  tasks: StreamBatch[];
  unitIds: string[];
  personIds: string[];
  events: number;
}

const UNTIL = '2026-11-20T10:00:00+07:00';
const RECORDER = { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' };

/**
 * The demo city's whole log — its organisation (30 units, 150 people, mandates, a merger) and its ~300
 * tasks decided by the real task decider (the stories of scenarios.md and the patterned mix) — built in
 * memory, without a database. Deterministic: the same every time.
 */
export function demoCityLog(): CityLog {
  const org: StreamBatch[] = [];
  for (const entry of DEMO_ORGANISATION) {
    const event: NewEvent = {
      id: entry.eventId,
      type: entry.event.type,
      data: entry.event.data as unknown as Record<string, unknown>,
      metadata: {
        actor: RECORDER,
        commandId: `org-${entry.eventId}`,
        correlationId: 'province',
        causationId: null,
        occurredAt: new Date(entry.occurredAt).toISOString(),
        schemaVersion: 1,
      },
    };
    const last = org.at(-1);
    if (last !== undefined && last.streamId === entry.streamId) last.events.push(event);
    else org.push({ streamId: entry.streamId, events: [event] });
  }
  const organisation = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));
  const decider = createTaskDecider({ clockSkewMs: 365 * 24 * 3_600_000 });
  const tasks = generateDemoTasks({ seed: DEMO_TASK_SEED, until: UNTIL, organisation, calendar: createVnWorkingDayCalendar() }).map(
    (task) => {
      let state: TaskState = decider.initialState();
      const events: NewEvent[] = [];
      task.commands.forEach((command, step) => {
        decider.decide(command, state).forEach((decided: TaskEvent, index) => {
          const eventId = uuidOf(`${task.taskId}|${step}|${index}`);
          const actor = { personId: command.context.actor.personId, unitId: command.context.actor.unitId };
          const onBehalfOf = command.context.onBehalfOf
            ? { personId: command.context.onBehalfOf.personId, unitId: command.context.onBehalfOf.unitId }
            : undefined;
          const occurredAt = new Date(command.context.occurredAt).toISOString();
          state = decider.evolve(state, { ...decided, metadata: { eventId, occurredAt, actor, ...(onBehalfOf ? { onBehalfOf } : {}) } });
          events.push({
            id: eventId,
            type: decided.type,
            data: decided.data as unknown as Record<string, unknown>,
            metadata: {
              actor,
              ...(onBehalfOf ? { onBehalfOf } : {}),
              commandId: uuidOf(`${task.taskId}|${step}`),
              correlationId: task.taskId,
              causationId: null,
              occurredAt,
              schemaVersion: 1,
            },
          });
        });
      });
      return { streamId: taskStreamId(task.taskId), events };
    },
  );
  return {
    org,
    tasks,
    unitIds: organisation.allUnitIds(),
    personIds: organisation.allPersonIds(),
    events: org.reduce((sum, batch) => sum + batch.events.length, 0) + tasks.reduce((sum, batch) => sum + batch.events.length, 0),
  };
}

/** A name-based UUID (version 5 layout) for the bench's own ids. */
export function uuidOf(name: string): string {
  const hash = createHash('sha1').update('province-bench|').update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
