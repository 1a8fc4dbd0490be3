import { describe, expect, it } from '@jest/globals';
import { NOTE_EVENT_TYPES, PRIMARY_TASK_EVENT_TYPES, TASK_ENTRY_EVENT_TYPES, TASK_EVENT_TYPES } from './task.events';
import { taskIdOfStream, taskStreamId } from './task-stream';

describe('taskIdOfStream', () => {
  it('reads the task id back from its stream, and nothing from a stream of another category', () => {
    expect(taskIdOfStream(taskStreamId('0b5c9d7e-1111-4a2b-8c3d-000000000001'))).toBe('0b5c9d7e-1111-4a2b-8c3d-000000000001');
    expect(taskIdOfStream('org-city')).toBeNull();
    expect(taskIdOfStream('finding-review-1')).toBeNull();
  });
});

describe('the task event type lists', () => {
  it('name each type once; entries are the primary ones plus corrections and voidings; the lapse mark completes the list', () => {
    expect(new Set(TASK_EVENT_TYPES).size).toBe(TASK_EVENT_TYPES.length);
    expect(TASK_ENTRY_EVENT_TYPES).toEqual([...PRIMARY_TASK_EVENT_TYPES, 'EntryCorrected', 'EntryVoided']);
    expect(TASK_EVENT_TYPES).toEqual([...TASK_ENTRY_EVENT_TYPES, 'DeadlineLapsed']);
    expect([...NOTE_EVENT_TYPES].every((type) => PRIMARY_TASK_EVENT_TYPES.includes(type))).toBe(true);
  });
});
