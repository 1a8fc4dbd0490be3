/** The organisation as the service knows it now: the port is the task custody read model's, shared. */
export type { CurrentOrganisation } from '@lib/read-models/task-custody';
