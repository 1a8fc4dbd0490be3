/**
 * Which recording actions the task page offers the signed-in person, from the task as GET /tasks/{id} answers it.
 * The rules mirror the task decider (libs/domain/task: task-guards.ts `requireHolder`, `requireAssigningAuthority`;
 * assignment.decide.ts for receive, delegate and extend; custody.decide.ts; consultation.decide.ts; dossier.decide.ts)
 * and, for who may record at all, the API's TASK_RECORDING_ROLES. They only choose what to show: the API stays the
 * judge, and its refusal (a 422) shows as a message on the form.
 *
 * A clerk records for a named official (onBehalfOf), whose authority the decider then checks: the person is not known
 * before the form is filled, so a clerk is offered every action the task's state allows.
 */
export type RecordingAction =
  | 'receive'
  | 'delegate'
  | 'transfer'
  | 'return'
  | 'comment'
  | 'consult'
  | 'answer'
  | 'submit'
  | 'difficulty'
  | 'extend'
  | 'complete'
  | 'supplementRequest'
  | 'supplement'
  | 'appointment'
  | 'result'
  | 'apology';

/** The roles that may record on tasks (apps/api/src/tasks/task-commands.roles.ts). */
export const RECORDING_ROLES = ['clerk', 'officer', 'unit_head', 'office_chief'] as const;

export interface RecordingPrincipal {
  personId: string;
  unitId: string;
  position: string | null;
  roles: readonly string[];
}

interface Party {
  unitId: string;
  personId?: string | null;
}

/** What the decision reads of the task view; `taskFactsOf` takes it from GET /tasks/{id}'s loosely typed answer. */
export interface TaskFacts {
  status: 'initial' | 'open' | 'completed' | 'cancelled';
  kind: 'task' | 'dossier';
  assigningAuthority: { personId: string; unitId: string };
  holder: Party;
  receivedAt: string | null;
  withAssigningAuthority: boolean;
  consultedUnitIds: string[];
  submissionPending: boolean;
  dossier: { promisedReturnBy: string | null; supplementRequestOpen: boolean; resultReturned: boolean } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function partyOf(value: unknown): Party {
  const party = isRecord(value) ? value : {};
  return { unitId: text(party['unitId']) ?? '', personId: text(party['personId']) };
}

/** The facts of a task view; fields the API documents loosely (consultations, dossier) are read with care. */
export function taskFactsOf(view: {
  status: string;
  kind?: string;
  assigningAuthority?: { personId?: string | null; unitId: string };
  custody?: { holder: Party; receivedAt: string | null; withAssigningAuthority: boolean };
  consultations?: unknown[];
  pendingSubmission?: unknown;
  dossier?: Record<string, unknown>;
}): TaskFacts {
  const status = (['open', 'completed', 'cancelled'] as const).find((known) => known === view.status) ?? 'initial';
  const consultedUnitIds = (view.consultations ?? []).flatMap((consultation) =>
    isRecord(consultation) && Array.isArray(consultation['unitIds']) ? consultation['unitIds'].filter((id) => typeof id === 'string') : [],
  );
  const dossier = view.kind === 'dossier' && isRecord(view.dossier) ? view.dossier : null;
  return {
    status,
    kind: view.kind === 'dossier' ? 'dossier' : 'task',
    assigningAuthority: { personId: view.assigningAuthority?.personId ?? '', unitId: view.assigningAuthority?.unitId ?? '' },
    holder: partyOf(view.custody?.holder),
    receivedAt: view.custody?.receivedAt ?? null,
    withAssigningAuthority: view.custody?.withAssigningAuthority ?? false,
    consultedUnitIds: [...new Set(consultedUnitIds)],
    submissionPending: view.pendingSubmission !== null && view.pendingSubmission !== undefined,
    dossier:
      dossier === null
        ? null
        : {
            promisedReturnBy: text(dossier['promisedReturnBy']),
            supplementRequestOpen: isRecord(dossier['openSupplementRequest']),
            resultReturned: dossier['resultReturned'] === true,
          },
  };
}

/** `leadsUnit` of libs/domain/core (command-context.ts): head or deputy of the unit. */
const leads = (principal: RecordingPrincipal, unitId: string): boolean =>
  principal.unitId === unitId && (principal.position === 'head' || principal.position === 'deputy');

/** `isHolder` of task-guards.ts: the person holding it, or a leader of the holding unit. */
const holds = (principal: RecordingPrincipal, holder: Party): boolean =>
  (holder.personId !== null && holder.personId !== undefined && holder.personId === principal.personId) || leads(principal, holder.unitId);

export const isClerk = (principal: RecordingPrincipal): boolean => principal.roles.includes('clerk');

export const mayRecord = (principal: RecordingPrincipal): boolean =>
  principal.roles.some((role) => (RECORDING_ROLES as readonly string[]).includes(role));

/** The actions to offer, in the order the panel shows them. */
export function availableActions(task: TaskFacts, principal: RecordingPrincipal): RecordingAction[] {
  if (!mayRecord(principal) || task.status !== 'open') return [];
  const clerk = isClerk(principal);
  const withUnit = !task.withAssigningAuthority;
  // requireHolder: open, with a unit (not back with the assigning authority), by the holder.
  const holder = withUnit && (clerk || holds(principal, task.holder));
  const authority = clerk || principal.personId === task.assigningAuthority.personId || leads(principal, task.assigningAuthority.unitId);
  const dossier = task.kind === 'dossier' && holder ? task.dossier : null;
  const offered: Array<[RecordingAction, boolean]> = [
    ['receive', withUnit && task.receivedAt === null && (clerk || principal.unitId === task.holder.unitId)],
    ['delegate', withUnit && (clerk || leads(principal, task.holder.unitId))],
    ['transfer', holder],
    ['return', holder],
    ['consult', holder],
    ['answer', clerk ? task.consultedUnitIds.length > 0 : task.consultedUnitIds.includes(principal.unitId)],
    ['submit', holder && !task.submissionPending],
    ['difficulty', holder],
    ['extend', authority],
    ['complete', holder],
    ['supplementRequest', dossier !== null],
    ['supplement', dossier?.supplementRequestOpen === true],
    ['appointment', dossier !== null && dossier.promisedReturnBy === null],
    ['result', dossier !== null && !dossier.resultReturned],
    ['apology', dossier !== null],
    ['comment', true],
  ];
  return offered.filter(([, allowed]) => allowed).map(([action]) => action);
}
