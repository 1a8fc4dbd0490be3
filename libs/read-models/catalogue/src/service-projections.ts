import type { Projection } from '@lib/projector';
import { casesProjection } from '@lib/read-models/cases';
import {
  FindingEntity,
  FindingPartyEntity,
  FindingTaskEntity,
  findingsProjection,
  rulesSettingsOf,
  type RulesSettings,
} from '@lib/read-models/findings';
import { ledgerProjection } from '@lib/read-models/ledger';
import { HandoverEntity, TaskPartyEntity, TaskSummaryEntity, taskCustodyProjection } from '@lib/read-models/task-custody';

/**
 * Every read model the service keeps, and the ledger's Merkle tree over the log, fed in log order by the projector runtime. Each owns its tables
 * and migrations; a change of a projection's version (its schema version; for findings a rule's version or a
 * parameter in force; for task_custody and findings the calendar data version) rebuilds it at the next start.
 */
export function serviceProjections(rules: RulesSettings = rulesSettingsOf()): Projection[] {
  return [taskCustodyProjection(), findingsProjection({ settings: rules }), casesProjection(), ledgerProjection()];
}

/** With the catalogue's defaults: for names and migrations, which do not depend on the parameters. */
export const SERVICE_PROJECTIONS: ReadonlyArray<Projection> = serviceProjections();

/** The tables the projector writes (with SQL), as TypeORM reads them: every read model's entities, in one list. */
export const READ_MODEL_ENTITIES = [
  TaskSummaryEntity,
  TaskPartyEntity,
  HandoverEntity,
  FindingEntity,
  FindingPartyEntity,
  FindingTaskEntity,
];
