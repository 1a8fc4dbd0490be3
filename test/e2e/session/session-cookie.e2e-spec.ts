import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import request from 'supertest';
import { city } from '../../support/city.fixture';
import { startTestApp, type TestApp } from '../../support/test-app';
import { movableClock, setCookieLine, signInAsDemo } from './session-support';

const assignment = (taskId: string) => ({
  taskId,
  title: 'Rà soát hồ sơ cấp phép xây dựng quý I',
  category: 'construction',
  source: { number: '2130/UBND-TH', date: '2026-03-02' },
  assigningAuthority: { personId: city.chairman.personId, unitId: city.chairman.unitId },
  leadUnitId: 'so-xay-dung',
  deadline: { workingDays: 10 },
  occurredAt: '2026-03-02T08:00:00+07:00',
});

describe('browser sessions: demo sign-in, the cookie, CSRF, sign-out', () => {
  const clock = movableClock();
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(() => t.close());

  it('offers demo sign-in when the demo city is in the log, and no OIDC when none is configured', async () => {
    expect((await http().get('/session/options').expect(200)).body).toEqual({ demo: true, oidc: false });
  });

  it('lists the demo people by the names and units the organisation holds, with Vietnamese role labels', async () => {
    const { people } = (await http().get('/session/demo-people').expect(200)).body as { people: Array<Record<string, unknown>> };
    expect(people).toContainEqual({
      personId: 'vu-thu-ha',
      name: 'Vũ Thu Hà',
      unitId: 'thanh-tra-tp',
      unitName: 'Thanh tra thành phố',
      roles: ['inspector'],
      roleLabel: 'Thanh tra viên',
    });
    expect(people).toContainEqual(
      expect.objectContaining({ personId: 'tran-van-an', name: 'Trần Văn An', unitName: 'UBND thành phố', roleLabel: 'Chánh Văn phòng' }),
    );
  });

  it('signs in with an httpOnly, SameSite=Strict cookie on / (not Secure over plain http) holding no more than a random id', async () => {
    const session = await signInAsDemo(t.app, 'vu-thu-ha');
    expect(session.setCookie).toMatch(/^rtn_session=[A-Za-z0-9_-]{43}; /);
    const attributes = session.setCookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['path=/', 'httponly', 'samesite=strict', `max-age=${8 * 3600}`]));
    expect(attributes).not.toContain('secure');
    expect(session.body).toEqual({
      principal: {
        personId: 'vu-thu-ha',
        name: 'Vũ Thu Hà',
        unitId: 'thanh-tra-tp',
        unitName: 'Thanh tra thành phố',
        position: 'staff',
        roles: ['inspector'],
        roleLabels: ['Thanh tra viên'],
      },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: new Date(clock.now().getTime() + 3600_000).toISOString(),
    });
    // The database keeps only a hash of the id the cookie holds.
    const db = new Client({ connectionString: t.db.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ id_hash: string }>('SELECT id_hash FROM sessions');
      const id = session.cookie.slice('rtn_session='.length);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.id_hash !== id && !row.id_hash.includes(id))).toBe(true);
    } finally {
      await db.end();
    }
  });

  it('answers GET /session for the cookie, and 401 without one or with a bearer token only', async () => {
    const session = await signInAsDemo(t.app, 'vu-thu-ha');
    const current = await http().get('/session').set('Cookie', session.cookie).expect(200);
    expect(current.body).toEqual({ ...session.body, expiresAt: expect.any(String) });
    const anonymous = await http().get('/session').expect(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    await http()
      .get('/session')
      .set('Authorization', `Bearer ${t.tokenFor(city.inspector)}`)
      .expect(401);
  });

  it('reads with the cookie alone, downloads included (the audit trail as CSV, as a plain link)', async () => {
    const session = await signInAsDemo(t.app, 'vu-thu-ha');
    await http().get('/findings?limit=1').set('Cookie', session.cookie).expect(200);
    const csv = await http().get('/audit/events?format=csv&unit=so-xay-dung').set('Cookie', session.cookie).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment/);
  });

  it('refuses a command with the cookie and no CSRF header, or a wrong one (403, nothing written); takes it with the header', async () => {
    const session = await signInAsDemo(t.app, 'tran-van-an');
    const refused = randomUUID();
    const missing = await http().post('/tasks').set('Cookie', session.cookie).send(assignment(refused)).expect(403);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.detail).toMatch(/X-CSRF-Token/);
    expect(missing.body.detail).toMatch(/không có gì được ghi/);
    const other = await signInAsDemo(t.app, 'tran-van-an');
    await http().post('/tasks').set('Cookie', session.cookie).set('X-CSRF-Token', other.csrfToken).send(assignment(refused)).expect(403);
    await http().post('/tasks').set('Cookie', session.cookie).set('X-CSRF-Token', 'x').send(assignment(refused)).expect(403);
    await http().get(`/tasks/${refused}`).set('Cookie', session.cookie).expect(404);

    const taken = randomUUID();
    await http().post('/tasks').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken).send(assignment(taken)).expect(201);
    const events = (await http().get(`/tasks/${taken}/events`).set('Cookie', session.cookie).expect(200)).body.events;
    expect(events[0].metadata.actor).toEqual({ personId: 'tran-van-an', unitId: 'ubnd-tp' });
  });

  it('still takes bearer tokens on commands without any CSRF header', async () => {
    await http()
      .post('/tasks')
      .set('Authorization', `Bearer ${t.tokenFor(city.chairman)}`)
      .send(assignment(randomUUID()))
      .expect(201);
  });

  it('signs out only with the CSRF header; the session then ends on the server and the old cookie is refused', async () => {
    const session = await signInAsDemo(t.app, 'le-van-cuong');
    await http().post('/session/sign-out').set('Cookie', session.cookie).expect(403);
    await http().get('/session').set('Cookie', session.cookie).expect(200);
    const out = await http().post('/session/sign-out').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrfToken).expect(204);
    expect(setCookieLine(out.headers, 'rtn_session')).toMatch(/^rtn_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict/);
    await http().get('/session').set('Cookie', session.cookie).expect(401);
    const refused = await http().get('/tasks?limit=1').set('Cookie', session.cookie).expect(401);
    expect(refused.body.detail).toMatch(/Phiên đăng nhập/);
  });

  it('gives a new id at each sign-in, and ends the session the browser held before', async () => {
    const first = await signInAsDemo(t.app, 'vu-thu-ha');
    const second = await request(t.app.getHttpServer())
      .post('/session/demo')
      .set('Cookie', first.cookie)
      .send({ personId: 'le-van-cuong' })
      .expect(200);
    const cookie = setCookieLine(second.headers, 'rtn_session')?.split(';')[0] ?? '';
    expect(cookie).not.toBe(first.cookie);
    await http().get('/session').set('Cookie', first.cookie).expect(401);
    expect((await http().get('/session').set('Cookie', cookie).expect(200)).body.principal.personId).toBe('le-van-cuong');
  });

  it('refuses a forged cookie (401)', async () => {
    for (const forged of ['rtn_session=abc', `rtn_session=${'A'.repeat(43)}`, 'rtn_session=']) {
      await http().get('/tasks?limit=1').set('Cookie', forged).expect(401);
      await http().get('/session').set('Cookie', forged).expect(401);
    }
  });

  it('ends a session idle for an hour (SESSION_IDLE_TIMEOUT), and any session 8 hours after sign-in (SESSION_MAX_AGE)', async () => {
    const idle = await signInAsDemo(t.app, 'le-van-cuong');
    clock.advance(59 * 60_000);
    await http().get('/session').set('Cookie', idle.cookie).expect(200);
    clock.advance(59 * 60_000);
    await http().get('/session').set('Cookie', idle.cookie).expect(200);
    clock.advance(61 * 60_000);
    await http().get('/tasks?limit=1').set('Cookie', idle.cookie).expect(401);

    const busy = await signInAsDemo(t.app, 'le-van-cuong');
    for (let minutes = 0; minutes + 50 < 8 * 60; minutes += 50) {
      clock.advance(50 * 60_000);
      await http().get('/tasks?limit=1').set('Cookie', busy.cookie).expect(200);
    }
    clock.advance(50 * 60_000);
    await http().get('/tasks?limit=1').set('Cookie', busy.cookie).expect(401);
  });

  it('refuses a demo person it does not list (404) and a malformed body (400)', async () => {
    const unknown = await http().post('/session/demo').send({ personId: 'nguoi-la' }).expect(404);
    expect(unknown.body.detail).toMatch(/nguoi-la/);
    await http().post('/session/demo').send({}).expect(400);
    await http().post('/session/demo').send({ personId: 'Vũ Thu Hà' }).expect(400);
  });

  it('documents the session endpoints in the OpenAPI document, with response schemas and problems', async () => {
    const document = (await http().get('/docs/openapi.json').expect(200)).body as Record<string, any>;
    for (const path of [
      '/session',
      '/session/options',
      '/session/demo-people',
      '/session/demo',
      '/session/sign-out',
      '/session/oidc/login',
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(document.paths['/session'].get.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/SessionDto',
    });
    expect(document.paths['/session'].get.responses['401']).toBeDefined();
    expect(document.paths['/session/sign-out'].post.responses['403'].description).toMatch(/X-CSRF-Token/);
    expect(Object.keys(document.components.schemas.SessionPrincipalDto.properties)).toEqual(
      expect.arrayContaining(['personId', 'name', 'unitId', 'unitName', 'position', 'roles', 'roleLabels']),
    );
  });

  it('keeps sessions across a restart of the service: they live in the database', async () => {
    const session = await signInAsDemo(t.app, 'vu-thu-ha');
    const restarted = await startTestApp({}, { clock, database: t.db, organisation: 'none' });
    try {
      await request(restarted.app.getHttpServer()).get('/session').set('Cookie', session.cookie).expect(200);
    } finally {
      await restarted.app.close();
    }
  });
});

describe('demo sign-in when it is off', () => {
  it('DEMO_SIGN_IN=false: not offered, no people listed, no sign-in (404)', async () => {
    const t = await startTestApp({ demoSignIn: false });
    try {
      const http = () => request(t.app.getHttpServer());
      expect((await http().get('/session/options').expect(200)).body).toEqual({ demo: false, oidc: false });
      await http().get('/session/demo-people').expect(404);
      const refused = await http().post('/session/demo').send({ personId: 'vu-thu-ha' }).expect(404);
      expect(refused.body.detail).toMatch(/Đăng nhập thử không được bật/);
    } finally {
      await t.close();
    }
  });

  it('a log without the demo city: not offered either', async () => {
    const t = await startTestApp({}, { organisation: 'none' });
    try {
      expect((await request(t.app.getHttpServer()).get('/session/options').expect(200)).body).toEqual({ demo: false, oidc: false });
      await request(t.app.getHttpServer()).post('/session/demo').send({ personId: 'vu-thu-ha' }).expect(404);
    } finally {
      await t.close();
    }
  });
});
