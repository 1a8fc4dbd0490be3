import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RULE_CODES } from '@lib/domain/rules';
import { FINDINGS_PROJECTION, FINDINGS_SCHEMA_VERSION, rulesSettingsOf } from '@lib/read-models/findings';
import { ProjectorService } from '../../../apps/api/src/testing';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { FindingsClient } from './findings-client';

// GET /rules: the catalogue with the parameters in force in this deployment (RULES_CONFIG overrides).
describe('GET /rules with a deployment that lowers STALLED to 5 idle working days and turns NO_APPOINTMENT off', () => {
  let t: TestApp;
  let http: FindingsClient;
  const rules = rulesSettingsOf({ rules: { STALLED: { parameters: { maxIdleWorkingDays: 5 } }, NO_APPOINTMENT: { enabled: false } } });

  beforeAll(async () => {
    t = await startTestApp({ rules });
    http = new FindingsClient(t);
  });
  afterAll(() => t.close());

  it('lists every rule of domain.md once, with version, Vietnamese title and basis, and its parameters as in force', async () => {
    const body = await http.get('/rules', city.cuong);
    expect(body['rules'].map((rule: { code: string }) => rule.code)).toEqual([...RULE_CODES]);
    expect(body['fingerprint']).toBe(rules.fingerprint);
    const stalled = body['rules'].find((rule: { code: string }) => rule.code === 'STALLED');
    expect(stalled).toMatchObject({
      version: 1,
      enabled: true,
      timeBased: true,
      basis: expect.stringMatching(/\S/),
      title: expect.stringMatching(/\S/),
    });
    expect(stalled.parameters).toEqual([
      {
        name: 'maxIdleWorkingDays',
        kind: 'integer',
        value: 5,
        default: 10,
        description: 'Số ngày làm việc tối đa không có hoạt động.',
        configured: true,
      },
    ]);
    expect(body['rules'].find((rule: { code: string }) => rule.code === 'NO_APPOINTMENT').enabled).toBe(false);
    expect(body['rules'].filter((rule: { enabled: boolean }) => !rule.enabled).map((rule: { code: string }) => rule.code)).toEqual([
      'NO_APPOINTMENT',
    ]);
    for (const rule of body['rules']) expect(`${rule.title} ${rule.basis}`).toBe(`${rule.title} ${rule.basis}`.normalize('NFC'));
  });

  it('a change of parameters changes the findings projection version, so the next start rebuilds it', async () => {
    const [status] = (await t.app.get(ProjectorService).status()).filter((projection) => projection.name === FINDINGS_PROJECTION);
    expect(status!.version).toBe(FINDINGS_SCHEMA_VERSION * 1_000_000 + rules.fingerprint);
    expect(rulesSettingsOf().fingerprint).not.toBe(rules.fingerprint);
  });
});
