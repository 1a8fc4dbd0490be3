import type { Projection } from '@lib/projector';
import { taskCustodyProjection } from '../read-models/task-custody/task-custody.projection';

/**
 * Every read model the service keeps, fed in log order by the projector runtime. Each owns its tables
 * and migrations; bumping a projection's version rebuilds it at the next start.
 */
export const SERVICE_PROJECTIONS: ReadonlyArray<Projection> = [taskCustodyProjection()];
