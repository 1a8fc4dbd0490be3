/** The read model holds no assigned task with this id (the API answers 404). */
export class AssignedTaskNotFoundError extends Error {
  constructor(readonly taskId: string) {
    super(`No assigned task ${taskId} in the read model`);
  }

  override get name(): string {
    return 'AssignedTaskNotFoundError';
  }
}
