/** The category of task streams: a task's events are on the stream `task-<taskId>`. */
const TASK_STREAM_CATEGORY = 'task';

const PREFIX = `${TASK_STREAM_CATEGORY}-`;

export const taskStreamId = (taskId: string): string => `${PREFIX}${taskId}`;

/** The task id of a task stream, or null for a stream of another category. */
export function taskIdOfStream(streamId: string): string | null {
  return streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : null;
}
