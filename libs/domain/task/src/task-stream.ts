export const taskStreamId = (taskId: string): string => `task-${taskId}`;
