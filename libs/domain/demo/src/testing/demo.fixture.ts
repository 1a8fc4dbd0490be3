import { createVnWorkingDayCalendar } from '@lib/domain/calendar';
import type { CommandContext, RecordedEventMetadata } from '@lib/domain/core';
import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import { createTaskDecider, type RecordedTaskEvent, type TaskState } from '@lib/domain/task';
import { DEMO_TASK_SEED, generateDemoTasks } from '../demo-tasks.generator';
import type { DemoTask } from '../demo-task.types';

/** The demo organisation and the service's calendar, as the app hands them to the generator. */
export const organisation = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));
export const calendar = createVnWorkingDayCalendar();
/** A start in late November 2026 (a Friday afternoon). */
export const UNTIL = '2026-11-20T17:00:00+07:00';

export const generate = (seed = DEMO_TASK_SEED, until = UNTIL): DemoTask[] => generateDemoTasks({ seed, until, organisation, calendar });

/** The decider the app runs, with its default five-minute clock skew. */
const decider = createTaskDecider({ clockSkewMs: 5 * 60 * 1000 });

/** What the command handler does, minus storage: decide, stamp metadata, fold. Throws on a rejection. */
export function play(task: DemoTask): { events: RecordedTaskEvent[]; state: TaskState } {
  let state = decider.initialState();
  const events: RecordedTaskEvent[] = [];
  task.commands.forEach((command, index) => {
    try {
      for (const event of decider.decide(command, state)) {
        const recorded = { ...event, metadata: metadataOf(`${task.taskId}-${events.length + 1}`, command.context) } as RecordedTaskEvent;
        events.push(recorded);
        state = decider.evolve(state, recorded);
      }
    } catch (error) {
      throw new Error(`${task.label} ${task.taskId}, command ${index + 1} (${command.type}) rejected: ${(error as Error).message}`);
    }
  });
  return { events, state };
}

function metadataOf(eventId: string, { actor, onBehalfOf, occurredAt }: CommandContext): RecordedEventMetadata {
  const official = { personId: actor.personId, unitId: actor.unitId };
  return onBehalfOf === undefined ? { eventId, occurredAt, actor: official } : { eventId, occurredAt, actor: official, onBehalfOf };
}
