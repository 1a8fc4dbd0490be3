import type { WorkingDayCalendar } from '@lib/domain/calendar';
import type { OrganisationTimeline } from '@lib/domain/org';
import type { TaskCommand } from '@lib/domain/task';

export type DemoStory = 'S1' | 'S2' | 'S3' | 'S4' | 'S5';

/** The realistic patterns the other tasks follow (see PATTERN_QUOTAS for how many of each). */
export type DemoPattern =
  | 'on_time'
  | 'cross_mandate'
  | 'late'
  | 'extended'
  | 'reopened'
  | 'cancelled'
  | 'stalled'
  | 'open_overdue'
  | 'open_in_time'
  | 'difficulty_reported'
  | 'upward_deflection'
  | 'reassignment_proposed'
  | 'transfer_own_work'
  | 'transfer_misassigned'
  | 'late_return'
  | 'consulted'
  | 'consulted_silent'
  | 'consulted_deflect'
  | 'consulted_vague'
  | 'consulted_disagreement'
  | 'dossier_on_time'
  | 'dossier_supplement'
  | 'dossier_repeated_supplement'
  | 'dossier_late_apology'
  | 'dossier_late_no_apology'
  | 'dossier_no_appointment';

export type DemoTaskLabel = DemoStory | DemoPattern;

/** One demo task: the commands to run, in order, through the task command handler. */
export interface DemoTask {
  taskId: string;
  label: DemoTaskLabel;
  /** For the stories of scenarios.md: which variant, in words. */
  story?: string;
  commands: TaskCommand[];
}

export interface DemoTaskOptions {
  seed: number;
  /** An ISO instant: `now` of every command; every `occurredAt` falls on a working day before its day. */
  until: string;
  /** The demo organisation (DEMO_ORGANISATION folded), read as of each command's day. */
  organisation: OrganisationTimeline;
  calendar: WorkingDayCalendar;
}
