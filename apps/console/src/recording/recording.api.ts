import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { bodyOf } from '../api/read';
import type { components } from '../api/schema';
import type { RecordingAction } from './available-actions';

type Schemas = components['schemas'];
export type CommandResult = Schemas['TaskCommandResultDto'];

export interface ActionRequest {
  action: RecordingAction;
  body: Record<string, unknown>;
  /** Made once per opening of the form: a double click or a resent request records once. */
  idempotencyKey: string;
  /** The consultation answered (the answer's path names it). */
  consultationId?: string;
}

/**
 * One recording command on a task, through the typed client (the CSRF header is added by api/request-headers.ts).
 * The body was built by `actionBodyOf` from the form's values; its shape is the DTO the path takes.
 */
function post({ action, body, idempotencyKey, consultationId }: ActionRequest, taskId: string): Promise<CommandResult> {
  const params = { path: { taskId }, header: { 'Idempotency-Key': idempotencyKey } };
  const as = <T>() => body as T;
  switch (action) {
    case 'receive':
      return bodyOf(api.POST('/tasks/{taskId}/receipt', { params, body: as<Schemas['ReceiveTaskDto']>() }));
    case 'delegate':
      return bodyOf(api.POST('/tasks/{taskId}/delegations', { params, body: as<Schemas['DelegateTaskDto']>() }));
    case 'transfer':
      return bodyOf(api.POST('/tasks/{taskId}/transfers', { params, body: as<Schemas['TransferTaskDto']>() }));
    case 'return':
      return bodyOf(api.POST('/tasks/{taskId}/returns', { params, body: as<Schemas['ReturnTaskDto']>() }));
    case 'comment':
      return bodyOf(api.POST('/tasks/{taskId}/comments', { params, body: as<Schemas['CommentOnTaskDto']>() }));
    case 'consult':
      return bodyOf(api.POST('/tasks/{taskId}/consultations', { params, body: as<Schemas['RequestConsultationDto']>() }));
    case 'answer':
      return bodyOf(
        api.POST('/tasks/{taskId}/consultations/{consultationId}/answers', {
          params: { ...params, path: { taskId, consultationId: consultationId ?? '' } },
          body: as<Schemas['AnswerConsultationDto']>(),
        }),
      );
    case 'submit':
      return bodyOf(api.POST('/tasks/{taskId}/submissions', { params, body: as<Schemas['SubmitToSuperiorDto']>() }));
    case 'difficulty':
      return bodyOf(api.POST('/tasks/{taskId}/difficulties', { params, body: as<Schemas['ReportDifficultyDto']>() }));
    case 'extend':
      return bodyOf(api.POST('/tasks/{taskId}/deadline-extensions', { params, body: as<Schemas['ExtendDeadlineDto']>() }));
    case 'complete':
      return bodyOf(api.POST('/tasks/{taskId}/completion', { params, body: as<Schemas['CompleteTaskDto']>() }));
    case 'supplementRequest':
      return bodyOf(api.POST('/tasks/{taskId}/supplement-requests', { params, body: as<Schemas['RequestSupplementDto']>() }));
    case 'supplement':
      return bodyOf(api.POST('/tasks/{taskId}/supplements', { params, body: as<Schemas['ReceiveSupplementDto']>() }));
    case 'appointment':
      return bodyOf(api.POST('/tasks/{taskId}/appointments', { params, body: as<Schemas['IssueAppointmentDto']>() }));
    case 'result':
      return bodyOf(api.POST('/tasks/{taskId}/results', { params, body: as<Schemas['ReturnResultDto']>() }));
    case 'apology':
      return bodyOf(api.POST('/tasks/{taskId}/apologies', { params, body: as<Schemas['IssueApologyDto']>() }));
  }
}

/** Records an action; then the task page's reads (view, custody, trail, responsibility: keys under ['task', id]) refresh. */
export function useRecordAction(taskId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (request: ActionRequest) => post(request, taskId),
    onSuccess: async () => {
      await Promise.all([
        queries.invalidateQueries({ queryKey: ['task', taskId] }),
        queries.invalidateQueries({ queryKey: ['tasks'] }),
        queries.invalidateQueries({ queryKey: ['findings', { taskId }] }),
      ]);
    },
  });
}

/** POST /tasks: a new task; its id comes back in the result. */
export function useAssignTask() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Record<string, unknown>; idempotencyKey: string }) =>
      bodyOf(
        api.POST('/tasks', {
          params: { header: { 'Idempotency-Key': idempotencyKey } },
          body: body as unknown as Schemas['AssignTaskDto'],
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

/** The people holding a post in a unit today (GET /org/units/{unitId}/staff), to choose an official by name. */
export function useUnitStaff(unitId: string | undefined) {
  return useQuery({
    queryKey: ['org', 'units', unitId, 'staff'],
    queryFn: async () => (await bodyOf(api.GET('/org/units/{unitId}/staff', { params: { path: { unitId: unitId ?? '' } } }))).staff,
    enabled: unitId !== undefined && unitId !== '',
    staleTime: 5 * 60_000,
  });
}
