import { describe, expect, it } from '@jest/globals';
import { DemoPeriodTooShortError } from './demo-period';
import { calendar, generate, play, UNTIL } from './testing/demo.fixture';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SHORT_UNTIL = '2026-04-01T08:00:00+07:00';

describe('every demo task passes the real task decider (5-minute clock skew)', () => {
  it.each([
    ['the default seed, until late November 2026', undefined, UNTIL],
    ['another seed', 7, UNTIL],
    ['the shortest period, until 1 April 2026', undefined, SHORT_UNTIL],
  ])('folds each task of %s without a rejection', (_, seed, until) => {
    const tasks = generate(seed, until);
    expect(tasks).toHaveLength(308);
    const folded = tasks.map((task) => play(task));
    expect(folded.filter(({ events }, index) => events.length !== tasks[index]!.commands.length)).toEqual([]);
  });
});

describe('dates and ids', () => {
  const tasks = generate();
  const contexts = tasks.flatMap((task) => task.commands.map((command) => command.context));

  it('dates every command on a working day of 2026 before until, in office hours, with now = until', () => {
    expect(contexts.every((context) => context.now === UNTIL)).toBe(true);
    expect(contexts.every((context) => /^2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/.test(context.occurredAt))).toBe(true);
    expect(contexts.filter((context) => !calendar.isWorkingDay(context.occurredAt.slice(0, 10)))).toEqual([]);
    expect(contexts.every((context) => context.occurredAt >= '2026-01-05' && Date.parse(context.occurredAt) < Date.parse(UNTIL))).toBe(
      true,
    );
    const hours = contexts.map((context) => Number(context.occurredAt.slice(11, 13)));
    expect(Math.min(...hours)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...hours)).toBeLessThanOrEqual(17);
  });

  it('orders each task’s commands in time', () => {
    const unordered = tasks.filter((task) =>
      task.commands.some(
        (command, index) => index > 0 && Date.parse(command.context.occurredAt) <= Date.parse(task.commands[index - 1]!.context.occurredAt),
      ),
    );
    expect(unordered).toEqual([]);
  });

  it('gives every task a distinct UUID, carried by its assignment', () => {
    expect(tasks.every((task) => UUID.test(task.taskId))).toBe(true);
    expect(new Set(tasks.map((task) => task.taskId)).size).toBe(tasks.length);
    expect(tasks.every((task) => task.commands[0]!.type === 'AssignTask' && task.commands[0]!.data.taskId === task.taskId)).toBe(true);
  });

  it('lists the stories first, then the other tasks by assignment time', () => {
    expect(tasks.slice(0, 8).map((task) => task.label)).toEqual(['S1', 'S2', 'S3', 'S3', 'S4', 'S4', 'S5', 'S5']);
    const starts = tasks.slice(8).map((task) => Date.parse(task.commands[0]!.context.occurredAt));
    expect(starts.every((start, index) => index === 0 || start >= starts[index - 1]!)).toBe(true);
  });

  it('writes every text in NFC', () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(tasks);
    expect(strings.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
    expect(strings.some((text) => /[ạảãàáâậầấẩẫăắằặẳẵđ]/u.test(text))).toBe(true);
  });

  it('numbers source documents as offices do, rising with the date per issuer, never twice', () => {
    const sources = tasks.map((task) => task.commands[0]!.type === 'AssignTask' && task.commands[0]!.data.source);
    const numbers = sources.map((source) => (source === false ? '' : source.number));
    expect(
      numbers.filter((number) => !/^(\d+\/\p{Lu}[\p{L}\d]*(-\p{Lu}[\p{L}\d]*)?|\d{3}\.\d{2}\.\d{2}\.H17-\d{6}-\d{4})$/u.test(number)),
    ).toEqual([]);
    const issued = tasks.map((task, index) =>
      task.commands[0]!.type === 'AssignTask' ? `${task.commands[0]!.data.assigningAuthority.unitId} ${numbers[index]}` : '',
    );
    expect(issued.filter((key, index) => issued.indexOf(key) !== index)).toEqual([]);
    expect(numbers).toContain('2128/UBND-TH');
  });

  it('refuses a period that cannot hold the stories', () => {
    expect(() => generate(undefined, '2026-03-31T23:00:00+07:00')).toThrow(DemoPeriodTooShortError);
  });
});
