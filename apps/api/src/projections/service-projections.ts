import type { Projection } from '@lib/projector';
import { casesProjection } from '../cases/cases.projection';
import { findingsProjection } from '../findings/findings.projection';
import { rulesSettingsOf, type RulesSettings } from '../findings/rules-settings';
import { taskCustodyProjection } from '../read-models/task-custody/task-custody.projection';

/**
 * Every read model the service keeps, fed in log order by the projector runtime. Each owns its tables
 * and migrations; bumping a projection's version (for findings: a rule's version or a parameter in force)
 * rebuilds it at the next start.
 */
export function serviceProjections(rules: RulesSettings = rulesSettingsOf()): Projection[] {
  return [taskCustodyProjection(), findingsProjection({ settings: rules }), casesProjection()];
}

/** With the catalogue's defaults: for names and migrations, which do not depend on the parameters. */
export const SERVICE_PROJECTIONS: ReadonlyArray<Projection> = serviceProjections();
