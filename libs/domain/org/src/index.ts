export type { DateInterval } from './date-interval';
export { covers, END_OF_TIME, isLocalDate, overlaps, previousDay } from './date-interval';
export type { OrganisationLookup, PersonActivity, UnitActivity } from './org-activity';
export type {
  AppointPerson,
  DelegateAuthority,
  DesignateActingHead,
  DissolveUnit,
  EndAppointment,
  EndDelegation,
  EstablishUnit,
  GrantMandate,
  MergeUnit,
  MoveUnit,
  OrgCommand,
  OrgCommandType,
  PersonCommand,
  RegisterPerson,
  RenameUnit,
  UnitCommand,
  WithdrawMandate,
} from './org.commands';
export type {
  ActingHeadDesignated,
  AppointmentEnded,
  AuthorityDelegated,
  DelegationEnded,
  MandateGranted,
  MandateWithdrawn,
  OrgEvent,
  OrgEventType,
  PersonAppointed,
  PersonEvent,
  PersonRegistered,
  RecordedOrgEvent,
  UnitDissolved,
  UnitEstablished,
  UnitEvent,
  UnitMerged,
  UnitMoved,
  UnitRenamed,
} from './org.events';
export { isPersonEvent, ORG_EVENT_TYPES } from './org.events';
export type { LocalDate, UnitKind } from './org-values';
export { isPosition, isUnitKind, POSITION_LABELS, POSITIONS, UNIT_KIND_LABELS, UNIT_KINDS } from './org-values';
export { orgStreamIdOf, personStreamId, unitStreamId } from './org-stream';
export type { PersonState, RegisteredPerson } from './person.decider';
export { createPersonDecider, decidePerson, evolvePerson, initialPersonState } from './person.decider';
export type { OrgDeciderOptions } from './unit.decider';
export { createUnitDecider, decideUnit } from './unit.decider';
export { evolveUnit } from './unit.evolve';
export type {
  AppointmentRecord,
  DelegationKind,
  DelegationRecord,
  EstablishedUnit,
  MandateRecord,
  NameVersion,
  ParentVersion,
  UnitEnd,
  UnitState,
} from './unit-state';
export { initialUnitState } from './unit-state';
export type { AppointmentView, DelegationView, InChargeBasis, Leadership, TermView } from './unit-leadership';
export type { AnsweringUnit, UnitAsOf, UnitTreeNode } from './organisation-timeline';
export { OrganisationTimeline } from './organisation-timeline';
export type { UnitHistoryEntry, UnitHistoryKind, UnitReference } from './unit-history';
export * from './org.errors';
export * from './staffing.errors';
export { decideOrg } from './org.decider';
export type { CsvReadResult, CsvRecord } from './import/csv-reader';
export { readCsv } from './import/csv-reader';
export type { ImportReadResult } from './import/org-import.read';
export { readImportCsv, readImportJson } from './import/org-import.read';
export type {
  ImportColumn,
  ImportIssue,
  ImportMode,
  ImportRecord,
  ImportRecordKind,
  ImportRow,
  OrgImportReport,
  RowOutcome,
} from './import/org-import.types';
export { IMPORT_COLUMNS, IMPORT_RECORD_KINDS } from './import/org-import.types';
export type { OrgImportInput, OrgImportOptions } from './import/org-import.plan';
export { planOrgImport } from './import/org-import.plan';
export type { WriteImportPart } from './import/org-import-part.decider';
export { ImportPartOutOfStreamError, orgImportPartDecider } from './import/org-import-part.decider';
export type { DemoNamedOfficial, DemoUnit } from './demo/demo-city.units';
export { DEMO_ESTABLISHED_ON, DEMO_MERGER_ON, DEMO_UNITS } from './demo/demo-city.units';
export type { DemoOrgEntry } from './demo/demo-organisation';
export { buildDemoOrganisation, DEMO_ORGANISATION } from './demo/demo-organisation';
