import { FindingNotFoundError } from '@lib/read-models/findings';
import { AssignedTaskNotFoundError } from '@lib/read-models/task-custody';
import type { ProblemDocument } from './problem-document';

type ProblemOf = (slug: string, title: string, status: number, detail?: string, extra?: Partial<ProblemDocument>) => ProblemDocument;

/** The read-model queries' typed errors (a task or finding the read model does not hold) as 404 problems; undefined for any other error. */
export function fromReadModelError(error: unknown, problem: ProblemOf): ProblemDocument | undefined {
  if (error instanceof AssignedTaskNotFoundError) {
    return problem('not-found', 'Not found', 404, `Không tìm thấy nhiệm vụ ${error.taskId}.`, { taskId: error.taskId });
  }
  if (error instanceof FindingNotFoundError) {
    return problem('not-found', 'Not found', 404, `Không tìm thấy phát hiện ${error.findingId}.`, { findingId: error.findingId });
  }
  return undefined;
}
