import { StreamAlreadyExistsError, StreamConflictError } from '@lib/command-handling';
import { DISCIPLINARY_CASE_CATEGORY } from '@lib/domain/discipline';
import type { ProblemDocument } from './problem-document';

type ProblemOf = (slug: string, title: string, status: number, detail?: string, extra?: Partial<ProblemDocument>) => ProblemDocument;

/** What the 409 of a stream that stayed contended says, by the stream's category: the detail and how the subject is named. */
const CONFLICTS: Readonly<Record<string, { detail: string; subject: (streamId: string, id: string) => Record<string, string> }>> = {
  task: { detail: 'Nhiệm vụ đang được cập nhật đồng thời; vui lòng thử lại.', subject: (_, taskId) => ({ taskId }) },
  unit: { detail: 'Đơn vị (hoặc cán bộ) đang được cập nhật đồng thời; vui lòng thử lại.', subject: (streamId) => ({ streamId }) },
  person: { detail: 'Đơn vị (hoặc cán bộ) đang được cập nhật đồng thời; vui lòng thử lại.', subject: (streamId) => ({ streamId }) },
  [DISCIPLINARY_CASE_CATEGORY]: {
    detail: 'Hồ sơ kỷ luật đang được xử lý đồng thời; vui lòng thử lại.',
    subject: (_, caseId) => ({ caseId }),
  },
  finding_review: { detail: 'Phát hiện đang được xem xét đồng thời; vui lòng thử lại.', subject: (_, findingId) => ({ findingId }) },
};

function split(streamId: string): { category: string; id: string } {
  const dash = streamId.indexOf('-');
  return dash < 0 ? { category: streamId, id: '' } : { category: streamId.slice(0, dash), id: streamId.slice(dash + 1) };
}

/** The errors of the one command handler as problem documents; undefined for any other error. */
export function fromCommandHandlingError(error: unknown, problem: ProblemOf): ProblemDocument | undefined {
  if (error instanceof StreamConflictError) {
    const { category, id } = split(error.streamId);
    const known = CONFLICTS[category];
    const detail = known?.detail ?? 'Dữ liệu đã bị thay đổi đồng thời; vui lòng thử lại.';
    const subject = known ? known.subject(error.streamId, id) : { streamId: error.streamId };
    return problem('concurrency-conflict', 'Concurrent modification', 409, detail, { ...subject, attempts: error.attempts });
  }
  if (error instanceof StreamAlreadyExistsError) {
    const { category, id } = split(error.streamId);
    if (category === 'task') {
      return problem('task-exists', 'Task already exists', 409, `Nhiệm vụ ${id} đã tồn tại; dùng /tasks/${id}/reassignments để giao lại.`, {
        taskId: id,
      });
    }
    return problem('concurrency-conflict', 'Concurrent modification', 409, 'Dữ liệu đã tồn tại; vui lòng kiểm tra lại.', {
      streamId: error.streamId,
    });
  }
  return undefined;
}
