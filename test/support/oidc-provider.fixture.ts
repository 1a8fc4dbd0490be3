import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the provider says about one account: the claims it releases. */
export type AccountClaims = Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  /** Registers the client (with its callback) and starts answering; call once the callback's port is known. */
  configure(
    client: { clientId: string; clientSecret: string; redirectUri: string },
    accounts: Record<string, AccountClaims>,
  ): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on a free loopback port: discovery, authorization with PKCE required,
 * its development login and consent forms, the token and userinfo endpoints. The port is taken before the
 * provider is built, so that the app under test can be configured with the issuer first.
 */
export async function startTestProvider(): Promise<TestProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const server: Server = createServer((request, response) => {
    if (handler) return handler(request, response);
    response.statusCode = 503;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    async configure(client, accounts) {
      const { default: Provider } = await import('oidc-provider');
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uris: [client.redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_post',
          },
        ],
        pkce: { required: () => true },
        claims: { openid: ['sub'], profile: ['name', 'official_code', 'roles', 'jurisdiction'] },
        cookies: { keys: ['a-cookie-signing-key-for-the-test-provider-only'] },
        features: { devInteractions: { enabled: true } },
        findAccount: async (_context: unknown, sub: string) =>
          accounts[sub] === undefined ? undefined : { accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) },
      });
      handler = provider.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The cookies one origin set, sent back to it (paths are not needed for these flows). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/;\s*max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Walks a browser's way through the provider from its authorization URL: follows redirects, fills the login form
 * with `login` and accepts the consent form, until the provider sends the browser back to `appOrigin`. That URL.
 */
export async function passThroughProvider(authorizationUrl: string, login: string, appOrigin: string): Promise<string> {
  const jar = new CookieJar();
  let next = new URL(authorizationUrl);
  for (let step = 0; step < 12; step++) {
    if (next.origin === appOrigin) return next.href;
    let response = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header } });
    jar.keep(response);
    if (response.status === 200) {
      const page = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
      const prompt = /name="prompt" value="([a-z]+)"/.exec(page)?.[1];
      if (!action || !prompt) throw new Error(`the provider showed a page without its form: ${page.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'mat-khau' } : { prompt });
      response = await fetch(new URL(action, next), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: jar.header, 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      jar.keep(response);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`the provider answered ${response.status} at ${next.href}: ${(await response.text()).slice(0, 300)}`);
    }
    next = new URL(location, next);
  }
  throw new Error('the provider did not send the browser back');
}
