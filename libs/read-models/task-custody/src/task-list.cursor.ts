/** A position in GET /tasks: the last task of a page, in (assigned_at, task_id) order. */
export interface TaskListCursor {
  assignedAt: string;
  taskId: string;
}

/** The opaque text a page hands out as `nextCursor`. */
export function encodeTaskListCursor(assignedAt: string, taskId: string): string {
  return Buffer.from(JSON.stringify([assignedAt, taskId])).toString('base64url');
}

/** The position a cursor stands for; null when the text is not a cursor this endpoint returned. */
export function decodeTaskListCursor(cursor: string): TaskListCursor | null {
  try {
    const [assignedAt, taskId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof assignedAt === 'string' &&
      typeof taskId === 'string' &&
      !Number.isNaN(Date.parse(assignedAt)) &&
      /^[0-9a-f-]{36}$/.test(taskId)
    ) {
      return { assignedAt, taskId };
    }
  } catch {
    // not JSON: not a cursor
  }
  return null;
}
