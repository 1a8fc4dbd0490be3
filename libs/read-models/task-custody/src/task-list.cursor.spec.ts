import { describe, expect, it } from '@jest/globals';
import { decodeTaskListCursor, encodeTaskListCursor } from './task-list.cursor';

const TASK = '0b7c6f5e-1d2a-4c3b-8a9f-112233445566';

describe('the GET /tasks cursor', () => {
  it('decodes to the position it was made from, and its text names neither', () => {
    const cursor = encodeTaskListCursor('2026-03-16T01:30:00.000Z', TASK);
    expect(cursor).not.toContain('2026');
    expect(cursor).not.toContain(TASK);
    expect(decodeTaskListCursor(cursor)).toEqual({ assignedAt: '2026-03-16T01:30:00.000Z', taskId: TASK });
  });

  it('is null for any text this endpoint did not hand out', () => {
    const notJson = 'not-a-cursor';
    const wrongShape = Buffer.from(JSON.stringify({ assignedAt: '2026-03-16', taskId: TASK })).toString('base64url');
    const notADate = Buffer.from(JSON.stringify(['yesterday', TASK])).toString('base64url');
    const notAnId = Buffer.from(JSON.stringify(['2026-03-16T01:30:00.000Z', 'task-1'])).toString('base64url');
    for (const text of [notJson, wrongShape, notADate, notAnId]) expect(decodeTaskListCursor(text)).toBeNull();
  });
});
