import { describe, expect, it } from '@jest/globals';
import { calendarDataVersion, VN_2025_OVERRIDES, VN_CALENDAR_DATA_VERSION } from '@lib/domain/calendar';
import { projectionVersion } from '@lib/projector';
import { casesProjection } from '@lib/read-models/cases';
import { FINDINGS_SCHEMA_VERSION, findingsProjection, rulesSettingsOf } from '@lib/read-models/findings';
import { TASK_CUSTODY_SCHEMA_VERSION, taskCustodyProjection } from '@lib/read-models/task-custody';
import { SERVICE_PROJECTIONS } from './service-projections';

describe('projection versions: what a rebuild depends on', () => {
  it('task_custody and findings count working days: their versions include the calendar data version', () => {
    expect(taskCustodyProjection().version).toBe(projectionVersion(TASK_CUSTODY_SCHEMA_VERSION, VN_CALENDAR_DATA_VERSION));
    expect(findingsProjection().version).toBe(FINDINGS_SCHEMA_VERSION * 1_000_000 + rulesSettingsOf().fingerprint);
  });

  it('a change of the calendar data (a holiday moved) gives task_custody and findings another version, so they are rebuilt', () => {
    const otherData = calendarDataVersion([VN_2025_OVERRIDES]);
    expect(taskCustodyProjection(undefined, otherData).version).not.toBe(taskCustodyProjection().version);
    expect(findingsProjection({ settings: rulesSettingsOf({}, otherData) }).version).not.toBe(findingsProjection().version);
  });

  it('a change in any part (schema, rules, calendar data) gives another version', () => {
    const base = projectionVersion(1, VN_CALENDAR_DATA_VERSION);
    expect(projectionVersion(2, VN_CALENDAR_DATA_VERSION)).not.toBe(base);
    expect(projectionVersion(1, VN_CALENDAR_DATA_VERSION + 1)).not.toBe(base);
    const stalled = rulesSettingsOf({ rules: { STALLED: { parameters: { maxIdleWorkingDays: 7 } } } });
    expect(findingsProjection({ settings: stalled }).version).not.toBe(findingsProjection().version);
  });

  it('disciplinary cases count calendar days only: their version does not move with the working-day calendar', () => {
    expect(casesProjection().version).toBe(2);
  });

  it('lists every read model of the service once', () => {
    expect(SERVICE_PROJECTIONS.map((projection) => projection.name)).toEqual(['task_custody', 'findings', 'disciplinary_cases', 'ledger']);
  });
});
