import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DEMO_ORGANISATION } from '@lib/domain/org';
import { loadConfig } from '@lib/service';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../support/test-app';
import { CookieJar, passThroughProvider, startTestProvider, type TestProvider } from '../../support/oidc-provider.fixture';

/** The official code (mã cán bộ) the demo organisation gives a person. */
function officialCodeOf(personId: string): string {
  for (const { event } of DEMO_ORGANISATION) {
    if (event.type === 'PersonRegistered' && event.data.personId === personId) return event.data.officialCode;
  }
  throw new Error(`${personId} is not in the demo organisation`);
}

const CLIENT = { clientId: 'ro-trach-nhiem-console', clientSecret: 'a-client-secret-registered-at-the-provider' };

describe('sign-in through an OpenID provider (authorization code + PKCE), against a real provider', () => {
  let provider: TestProvider;
  let t: TestApp;
  let appOrigin: string;

  beforeAll(async () => {
    // The provider's development warnings (its own keys, its login forms) are expected here.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
    provider = await startTestProvider();
    const oidc = loadConfig({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    }).oidc;
    t = await startTestApp({ oidc });
    await t.app.listen(0, '127.0.0.1');
    appOrigin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    await provider.configure(
      { ...CLIENT, redirectUri: `${appOrigin}/session/oidc/callback` },
      {
        'ha.vt': {
          name: 'Vũ Thu Hà',
          official_code: officialCodeOf('vu-thu-ha'),
          roles: ['inspector', 'superuser'],
          jurisdiction: 'ubnd-tp',
        },
        'nguoi.ngoai': { name: 'Người ngoài', official_code: 'KHONG-CO-MA-NAY', roles: ['inspector'] },
        'cuong.lv': { name: 'Lê Văn Cường', official_code: officialCodeOf('le-van-cuong'), roles: [] },
      },
    );
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
    jest.restoreAllMocks();
  });

  /** The browser's way: the app's login, the provider's forms, back to the app's callback. The callback's answer and the app's cookies. */
  async function signIn(login: string, returnTo: string, accept = 'text/html'): Promise<{ callback: Response; jar: CookieJar }> {
    const jar = new CookieJar();
    const start = await fetch(`${appOrigin}/session/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    jar.keep(start);
    const authorization = new URL(start.headers.get('location') ?? '');
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${appOrigin}/session/oidc/callback`);
    const back = await passThroughProvider(authorization.href, login, appOrigin);
    const callback = await fetch(back, { redirect: 'manual', headers: { cookie: jar.header, accept } });
    jar.keep(callback);
    return { callback, jar };
  }

  it('offers OIDC, and no demo sign-in unless DEMO_SIGN_IN=true', async () => {
    expect(await (await fetch(`${appOrigin}/session/options`)).json()).toEqual({ demo: false, oidc: true });
    expect((await fetch(`${appOrigin}/session/demo-people`)).status).toBe(404);
  });

  it('signs in the person of the organisation whose official code the provider names, with the known roles it lists', async () => {
    const { callback, jar } = await signIn('ha.vt', '/nhiem-vu?han=qua-han');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/nhiem-vu?han=qua-han');
    const sessionCookie = callback.headers.getSetCookie().find((line) => line.startsWith('rtn_session='));
    expect(sessionCookie).toMatch(/; HttpOnly; SameSite=Strict$/);
    const session = await fetch(`${appOrigin}/session`, { headers: { cookie: jar.header } });
    expect(session.status).toBe(200);
    expect(((await session.json()) as { principal: unknown }).principal).toEqual({
      personId: 'vu-thu-ha',
      name: 'Vũ Thu Hà',
      unitId: 'thanh-tra-tp',
      unitName: 'Thanh tra thành phố',
      position: 'staff',
      roles: ['inspector'],
      roleLabels: ['Thanh tra viên'],
    });
    // The jurisdiction the provider named (the whole city) is the session's: Sở Xây dựng's trail is readable,
    // where the same inspector without that claim reads only the inspectorate's own subtree.
    const path = '/audit/events?unit=so-xay-dung&limit=1';
    expect((await fetch(`${appOrigin}${path}`, { headers: { cookie: jar.header } })).status).toBe(200);
    const withoutClaim = t.tokenFor({ personId: 'vu-thu-ha', unitId: 'thanh-tra-tp', roles: ['inspector'], position: 'staff' });
    expect((await fetch(`${appOrigin}${path}`, { headers: { authorization: `Bearer ${withoutClaim}` } })).status).toBe(403);
  });

  it('goes back only to a path of this origin: another origin becomes /', async () => {
    for (const returnTo of ['https://ke-gia-mao.example/', '//ke-gia-mao.example/x', '/\\ke-gia-mao.example']) {
      const { callback } = await signIn('ha.vt', returnTo);
      expect(callback.status).toBe(302);
      expect(callback.headers.get('location')).toBe('/');
    }
  });

  it('refuses a person the organisation does not hold: a Vietnamese page, no session', async () => {
    const { callback, jar } = await signIn('nguoi.ngoai', '/');
    expect(callback.status).toBe(403);
    expect(callback.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await callback.text()).toContain('Không có cán bộ nào mang mã cán bộ &quot;KHONG-CO-MA-NAY&quot; trong tổ chức');
    expect(jar.has('rtn_session')).toBe(false);
  });

  it('refuses a person with no role of this service, as a problem document to a JSON client', async () => {
    const { callback, jar } = await signIn('cuong.lv', '/', 'application/json');
    expect(callback.status).toBe(403);
    expect(callback.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await callback.json()) as { detail: string }).detail).toMatch(/Lê Văn Cường chưa được cấp vai trò nào/);
    expect(jar.has('rtn_session')).toBe(false);
  });

  it('refuses a callback without the sign-in begun in this browser, and the same callback twice', async () => {
    const jar = new CookieJar();
    const start = await fetch(`${appOrigin}/session/oidc/login`, { redirect: 'manual' });
    jar.keep(start);
    const back = await passThroughProvider(start.headers.get('location') ?? '', 'ha.vt', appOrigin);
    const elsewhere = await fetch(back, { redirect: 'manual', headers: { accept: 'application/json' } });
    expect(elsewhere.status).toBe(400);
    const first = await fetch(back, { redirect: 'manual', headers: { cookie: jar.header } });
    expect(first.status).toBe(302);
    const again = await fetch(back, {
      redirect: 'manual',
      headers: { cookie: `rtn_oidc=${/rtn_oidc=([^;]*)/.exec(start.headers.getSetCookie().join(';'))?.[1]}` },
    });
    expect(again.status).toBe(400);
  });
});

describe('OIDC when the provider cannot be reached', () => {
  it('answers the login 503 with a Vietnamese problem, and tries discovery again at the next login', async () => {
    const provider = await startTestProvider();
    const issuer = provider.issuer;
    await provider.close();
    const t = await startTestApp({ oidc: loadConfig({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: 'c' }).oidc }, { organisation: 'none' });
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await request(t.app.getHttpServer()).get('/session/oidc/login').expect(503);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.detail).toMatch(/Không kết nối được nhà cung cấp định danh/);
      }
    } finally {
      await t.close();
    }
  });
});
