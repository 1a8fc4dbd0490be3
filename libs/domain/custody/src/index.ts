export type {
  CustodyChange,
  CustodyChangeKind,
  CustodyEntry,
  CustodySourceEvent,
  ExemptionSource,
  Holder,
  VoidingEntry,
} from './custody-entry';
export type { TaskExemption } from './exemptions';
export { exemptionsOf } from './exemptions';
export { custodyEntryOf } from './custody-entry';
export type { CustodyLog } from './custody-log';
export { custodyLogOf, emptyCustodyLog, evolveCustodyLog, isVoided } from './custody-log';
export type { DeadlineChange, DeadlineSchedule } from './deadline-schedule';
export { deadlineOn } from './deadline-schedule';
export type { DossierPause } from './dossier-pauses';
export { movedDueDate, movedInstant, pausedIn, pausedThrough } from './dossier-pauses';
export type {
  Closure,
  CustodyInterval,
  CustodyTimeline,
  EventRef,
  HolderRole,
  StepContext,
  StepGrade,
  StepLimitSource,
  StepLimitView,
  TrailEntry,
} from './custody-timeline.types';
export type { CustodyTimelineOptions } from './custody-timeline';
export { custodyTimeline } from './custody-timeline';
export type { TaskStatus, TaskStatusOptions, TaskStatusView } from './task-status';
export { TASK_STATUS_LABELS, TASK_STATUSES, taskStatus } from './task-status';
export type { DaysElsewhere } from './handoff-consequence';
export { daysElsewhereAfter } from './handoff-consequence';
export type { HandOffMeasures, HandoverEdge, HandoverKind, UnitStint } from './handover-measures';
export { handOffMeasures, handoverEdges, unitStints } from './handover-measures';
export type { HandoverArc, NetworkLevel } from './handover-network';
export { handoverNetwork, handoverNodeOf } from './handover-network';
export type { AttributionInput, HolderAttribution } from './holder-attribution';
export { attributeResponsibility } from './holder-attribution';
export type { AlternationRun, PathStep, PingPong, PingPongReturn } from './ping-pong';
export { pingPongOf } from './ping-pong';
export type {
  FindingShare,
  HeadLookup,
  LineExemption,
  PersonResolution,
  ResponsibilityBasisCode,
  ResponsibilityKind,
  ResponsibilityLine,
  ResponsibilityTotal,
  ResponsibleParty,
} from './responsibility-line';
export { OVERDUE_HOLD_BASIS, STEP_LIMIT_BASIS, SUPERVISORY_BASIS } from './attribution-wording';
