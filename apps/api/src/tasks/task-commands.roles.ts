import type { Role } from '@lib/domain/core';

/** Who may record actions on tasks; the decider then checks the person's authority over that task. */
export const TASK_RECORDING_ROLES: Role[] = ['clerk', 'officer', 'unit_head', 'office_chief'];
