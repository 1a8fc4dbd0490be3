import { describe, expect, it } from '@jest/globals';
import { createVnWorkingDayCalendar } from '@lib/domain/calendar';
import { DEMO_TASK_SEED, generateDemoTasks } from '@lib/domain/demo';
import { DEMO_ORGANISATION, OrganisationTimeline } from '@lib/domain/org';
import { createTaskDecider, type RecordedTaskEvent, type TaskState } from '@lib/domain/task';
import { taskViewOf } from './task.view';

const organisation = OrganisationTimeline.fromEvents(DEMO_ORGANISATION.map((entry) => entry.event));
const tasks = generateDemoTasks({
  seed: DEMO_TASK_SEED,
  until: '2026-11-20T17:00:00+07:00',
  organisation,
  calendar: createVnWorkingDayCalendar(),
});
const decider = createTaskDecider({ clockSkewMs: 5 * 60 * 1000 });

/** Every state a task went through: each demo task's commands decided and folded in order. */
function statesOf(task: (typeof tasks)[number]): TaskState[] {
  const states: TaskState[] = [decider.initialState()];
  let n = 0;
  for (const command of task.commands) {
    for (const event of decider.decide(command, states[states.length - 1]!)) {
      n += 1;
      const recorded = {
        ...event,
        metadata: { eventId: `${task.taskId}-${n}`, occurredAt: command.context.occurredAt, actor: command.context.actor },
      } as RecordedTaskEvent;
      states.push(decider.evolve(states[states.length - 1]!, recorded));
    }
  }
  return states;
}

describe('GET /tasks/{id} answers a view of the task, not the decider state', () => {
  it('serialises to the same JSON the state did, for every state of every demo task (open, completed, cancelled, dossiers)', () => {
    // The last state of each task carries the earlier ones in `latestChange.previous`; the first is the initial one.
    const states = tasks.flatMap((task) => {
      const all = statesOf(task);
      return [all[0]!, all[all.length - 1]!];
    });
    expect(new Set(states.map((state) => state.status))).toEqual(new Set(['initial', 'open', 'completed', 'cancelled']));
    expect(states.some((state) => state.status !== 'initial' && state.kind === 'dossier')).toBe(true);
    const differing = states.filter(
      (state, index) => JSON.stringify(sorted(taskViewOf(state, index))) !== JSON.stringify(sorted({ ...state, streamVersion: index })),
    );
    expect(differing).toEqual([]);
  });
});

/** The JSON value with keys in order: the view and the state may list fields in different orders. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(JSON.parse(JSON.stringify(value)) as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, item]) => [key, sorted(item)]),
  );
}
