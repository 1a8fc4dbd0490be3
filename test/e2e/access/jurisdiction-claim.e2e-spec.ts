import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { projectionsCaughtUp } from '../../support/projections-caught-up';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import type { Person } from '../scenarios/scenario-client';
import { ScenarioClient } from '../scenarios/scenario-client';
import { playTasks } from './access-fixture';

// The same city-wide `jurisdiction` claim in the tokens of a district office's head, an officer and a
// clerk of that office, and of a city inspector: only the inspector's role uses it.
const cityWide = { jurisdictionUnitId: 'ubnd-tp' };
const qldtHead: Person = { ...city.qldtHead, ...cityWide };
const qldtOfficer: Person = { ...city.qldtStaff, ...cityWide };
const qldtClerk: Person = { ...city.qldtStaff, personId: 'van-thu-qldt', position: 'clerk', roles: ['clerk'], ...cityWide };
const inspector: Person = {
  personId: 'thanh-tra-vien',
  unitId: 'phong-quan-ly-do-thi',
  position: 'staff',
  roles: ['inspector'],
  ...cityWide,
};
const headAndInspector: Person = { ...city.qldtHead, roles: ['unit_head', 'inspector'], ...cityWide };

describe('a jurisdiction claim is honoured only for the roles that use it', () => {
  let t: TestApp;
  let ids: { cityTask: string; districtTask: string; cityFinding: string };
  const get = (who: Person, path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${t.tokenFor(who)}`);

  beforeAll(async () => {
    t = await startTestApp();
    const played = await playTasks(new ScenarioClient(t));
    await projectionsCaughtUp(t.app);
    const findings = await get({ personId: 'quan-tri', unitId: 'ubnd-tp', roles: ['admin'] }, `/findings?task=${played.cityTask}`).expect(
      200,
    );
    ids = { ...played, cityFinding: findings.body.items[0].id };
  });
  afterAll(() => t.close());

  it('a unit head with a city-wide claim gets 403 on a city finding and task, and lists only its own unit’s; an inspector with the same claim reads them', async () => {
    const headFinding = await get(qldtHead, `/findings/${ids.cityFinding}`);
    expect({ status: headFinding.status, body: headFinding.body }).toMatchObject({
      status: 403,
      body: { type: expect.stringMatching(/outside-jurisdiction$/), jurisdictionUnitId: 'phong-quan-ly-do-thi' },
    });
    await get(qldtHead, `/tasks/${ids.cityTask}`).expect(403);
    await get(qldtHead, `/tasks/${ids.districtTask}`).expect(200);
    const listed = (await get(qldtHead, '/findings?limit=200').expect(200)).body.items.map((item: { taskId: string }) => item.taskId);
    expect(listed).not.toContain(ids.cityTask);
    expect((await get(qldtHead, '/tasks?limit=200').expect(200)).body.items.map((item: { id: string }) => item.id)).toEqual([
      ids.districtTask,
    ]);

    await get(inspector, `/findings/${ids.cityFinding}`).expect(200);
    await get(inspector, `/tasks/${ids.cityTask}`).expect(200);
  });

  it('an officer and a clerk with the claim read their own unit’s tasks only', async () => {
    for (const who of [qldtOfficer, qldtClerk]) {
      await get(who, `/tasks/${ids.cityTask}`).expect(403);
      await get(who, `/tasks/${ids.districtTask}`).expect(200);
    }
  });

  it('a principal holding a role that uses the claim reads with it, whatever its other roles', async () => {
    await get(headAndInspector, `/findings/${ids.cityFinding}`).expect(200);
    await get(headAndInspector, `/tasks/${ids.cityTask}`).expect(200);
  });
});
