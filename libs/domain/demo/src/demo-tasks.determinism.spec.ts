import { describe, expect, it } from '@jest/globals';
import { DEMO_TASK_SEED, demoTaskId } from './demo-tasks.generator';
import { generate } from './testing/demo.fixture';
import { countBy } from './testing/demo-outcomes';

describe('determinism', () => {
  const first = generate();

  it('gives the same tasks for the same seed, byte for byte', () => {
    expect(JSON.stringify(generate(DEMO_TASK_SEED))).toBe(JSON.stringify(first));
  });

  it('gives other tasks for another seed, in the same proportions, with the same stories', () => {
    const other = generate(DEMO_TASK_SEED + 1);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
    expect(other.map((task) => task.taskId).filter((taskId) => first.some((task) => task.taskId === taskId))).toEqual([]);
    const titles = (tasks: typeof first) =>
      tasks.slice(8).map((task) => (task.commands[0]!.type === 'AssignTask' ? task.commands[0]!.data.title : ''));
    expect(titles(other)).not.toEqual(titles(first));
    expect(countBy(other, (task) => task.label)).toEqual(countBy(first, (task) => task.label));
    const withoutIds = (tasks: typeof first) => JSON.stringify(tasks.slice(0, 8).map((task) => task.commands)).replaceAll(task0(tasks), '');
    const task0 = (tasks: typeof first) => tasks[0]!.taskId.slice(0, 23);
    expect(withoutIds(other)).toBe(withoutIds(first));
  });

  it('derives task ids from the seed and the index', () => {
    expect(demoTaskId(DEMO_TASK_SEED, 0)).toBe(first[0]!.taskId);
    expect(demoTaskId(DEMO_TASK_SEED, 300)).toMatch(/^64656d6f-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]00-00000000012c$/);
    expect(demoTaskId(1, 0)).not.toBe(demoTaskId(2, 0));
  });
});
