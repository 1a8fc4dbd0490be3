import { nameBasedUuid } from '@lib/domain/core';
import type { INestApplication } from '@nestjs/common';
import { DEMO_TASK_SEED, generateDemoTasks } from '@lib/domain/demo';
import type { EventStore } from '@lib/event-store';
import { workingDayCalendar } from '../calendar/calendar.provider';
import { EVENT_STORE } from '../event-store/event-store.module';
import type { ImportBatchLog } from '../imports/import-batch.log';
import { DEMO_IMPORT, DemoLoadInterrupted, type DemoSeedingOptions } from '../org/demo-organisation.seeder';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { TaskCommandRecorder } from '../tasks/task-command.recorder';

/**
 * Plays the demo city's tasks (the stories of scenarios.md and ~300 patterned ones) through the real
 * command handler when the log holds no task yet. Command ids are name-based, so an interrupted seeding
 * resumes without duplicates. Every event carries the import `demo-city` (history recorded later, not late);
 * with a `batch`, each 50 tasks are also a sign of life of the batch in the log.
 */
export async function seedDemoTasks(
  app: INestApplication,
  until: Date,
  progress: (line: string) => void,
  options: DemoSeedingOptions & { batch?: ImportBatchLog } = {},
): Promise<number> {
  const store = app.get<EventStore>(EVENT_STORE);
  if ((await store.readAll({ limit: 1, categories: ['task'] })).length > 0 && !options.resume) return 0;
  const tasks = generateDemoTasks({
    seed: DEMO_TASK_SEED,
    until: until.toISOString(),
    organisation: app.get(OrganisationReadModel).current,
    calendar: workingDayCalendar(),
  });
  const recorder = app.get(TaskCommandRecorder);
  for (const [index, task] of tasks.entries()) {
    for (const [step, command] of task.commands.entries()) {
      if (options.shouldStop?.()) throw new DemoLoadInterrupted(`the demo tasks were loaded up to ${index}/${tasks.length}`);
      const commandId = nameBasedUuid(`demo-task|${task.taskId}|${step}`);
      await recorder.record(task.taskId, command, {
        commandId,
        correlationId: `demo-${task.taskId}`,
        causationId: null,
        import: { ...DEMO_IMPORT },
      });
    }
    if ((index + 1) % 50 === 0 || index + 1 === tasks.length) {
      progress(`demo tasks: ${index + 1}/${tasks.length}`);
      await options.batch?.progress(index + 1, tasks.length);
    }
  }
  return tasks.length;
}
