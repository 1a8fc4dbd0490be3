import { ConflictException } from '@nestjs/common';
import { problem } from '../http/problem-details.filter';

/** POST /tasks with the id of a task that already has a trail: creating must never touch an existing stream. */
export class TaskAlreadyExistsError extends ConflictException {
  constructor(taskId: string) {
    super(problem('task-exists', 'Task already exists', 409, `Nhiệm vụ ${taskId} đã tồn tại; dùng /tasks/${taskId}/reassignments để giao lại.`, { taskId }));
  }
}
