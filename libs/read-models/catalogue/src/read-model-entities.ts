import { FindingEntity, FindingPartyEntity, FindingTaskEntity } from '@lib/read-models/findings';
import { HandoverEntity, TaskPartyEntity, TaskSummaryEntity } from '@lib/read-models/task-custody';

/** The tables the projector writes (with SQL), as TypeORM reads them: every read model's entities, in one list. */
export const READ_MODEL_ENTITIES = [TaskSummaryEntity, TaskPartyEntity, HandoverEntity, FindingEntity, FindingPartyEntity, FindingTaskEntity];
