import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DEMO_ORGANISATION } from '@lib/domain/org';
import { SIGN_IN_PATH } from '../../apps/console/src/testing';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.fixture';
import { ConsoleSession } from './support/console-session';

const CLIENT = { clientId: 'ro-trach-nhiem-console', clientSecret: 'a-client-secret-registered-at-the-provider' };

function officialCodeOf(personId: string): string {
  for (const { event } of DEMO_ORGANISATION) {
    if (event.type === 'PersonRegistered' && event.data.personId === personId) return event.data.officialCode;
  }
  throw new Error(`${personId} is not in the demo organisation`);
}

/**
 * Signing in through the province's identity provider, in the browser: a real OpenID provider (oidc-provider) runs in
 * the test, the service is started with OIDC_ISSUER and OIDC_CLIENT_ID, and Chromium goes through the provider's own
 * login and consent pages and comes back signed in (authorization code + PKCE, on the server).
 */
describe('sign-in through the identity provider (OpenID Connect) in the browser', () => {
  let provider: TestProvider;
  let s: ConsoleSession;
  beforeAll(async () => {
    // The provider's development warnings (its own keys, its login forms) are expected here.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
    provider = await startTestProvider();
    s = await ConsoleSession.start('oidc-sign-in', {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    });
    // The service discovers the provider on the first sign-in, so the client is registered once its address is known.
    await provider.configure(
      { ...CLIENT, redirectUri: `${s.service.url}/session/oidc/callback` },
      {
        'ha.vt': { name: 'Vũ Thu Hà', official_code: officialCodeOf('vu-thu-ha'), roles: ['inspector'], jurisdiction: 'ubnd-tp' },
      },
    );
  }, 240_000);
  afterAll(async () => {
    await s?.close();
    await provider?.close();
    jest.restoreAllMocks();
  });

  it('offers the identity provider on the sign-in page, and no demo people when OIDC is configured', async () => {
    await s.open('/phat-hien');
    await s.page.waitForURL((url) => url.pathname === SIGN_IN_PATH);
    await s.page.getByRole('link', { name: 'Đăng nhập qua cổng định danh' }).waitFor();
    expect(await s.page.getByTestId('demo-person-name').count()).toBe(0);
    expect(await s.inspect('70-oidc-sign-in')).toEqual([]);
  });

  it("goes through the provider's login and consent and comes back signed in, to the page asked for", async () => {
    await s.page.getByRole('link', { name: 'Đăng nhập qua cổng định danh' }).click();
    await s.page.waitForURL((url) => url.origin === provider.issuer);
    await s.page.locator('input[name="login"]').fill('ha.vt');
    await s.page.locator('input[name="password"]').fill('mat-khau');
    await s.page.locator('button[type="submit"]').click();
    // The provider asks for consent once for this client.
    await s.page.waitForURL((url) => url.origin !== provider.issuer || /consent|interaction/.test(url.pathname));
    if (new URL(s.page.url()).origin === provider.issuer) await s.page.locator('button[type="submit"]').click();
    await s.page.waitForURL((url) => url.origin === s.service.url && url.pathname === '/phat-hien');
    await s.settle();
    const person = s.page.getByTestId('signed-in-person');
    await expect(person.textContent()).resolves.toContain('Vũ Thu Hà');
    await expect(person.textContent()).resolves.toContain('Thanh tra viên');
    const cookies = await s.browser.context.cookies(s.service.url);
    const session = cookies.find((cookie) => cookie.name === 'rtn_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await s.inspect('71-oidc-signed-in')).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
