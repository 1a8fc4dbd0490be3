import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { formatVerifierKey, generateNoteKey } from '@lib/ledger';
import { ConfigError, loadConfig } from './app-config';

describe('configuration of bearer tokens', () => {
  it('defaults: tokens live at most 12 hours, iat may be 60 seconds ahead', () => {
    expect(loadConfig({})).toMatchObject({ jwtMaxTtlSeconds: 12 * 3600, jwtClockSkewSeconds: 60 });
  });

  it('JWT_MAX_TTL takes seconds or a duration; JWT_CLOCK_SKEW_S takes seconds', () => {
    expect(loadConfig({ JWT_MAX_TTL: '3600' }).jwtMaxTtlSeconds).toBe(3600);
    expect(loadConfig({ JWT_MAX_TTL: '30m' }).jwtMaxTtlSeconds).toBe(1800);
    expect(loadConfig({ JWT_MAX_TTL: ' 7d ' }).jwtMaxTtlSeconds).toBe(7 * 86400);
    expect(loadConfig({ JWT_CLOCK_SKEW_S: '0' }).jwtClockSkewSeconds).toBe(0);
  });

  it.each([
    [
      'JWT_MAX_TTL',
      'forever',
      'JWT_MAX_TTL=forever is not valid: expected seconds or a duration such as 30m, 12h or 7d, from 60 s to 2592000 s',
    ],
    ['JWT_MAX_TTL', '59', 'JWT_MAX_TTL=59 is not valid'],
    ['JWT_MAX_TTL', '31d', 'JWT_MAX_TTL=31d is not valid'],
    ['JWT_MAX_TTL', '8.5h', 'JWT_MAX_TTL=8.5h is not valid'],
    ['JWT_CLOCK_SKEW_S', '-1', 'JWT_CLOCK_SKEW_S=-1 is not valid: expected a whole number from 0 to 3600'],
    ['JWT_CLOCK_SKEW_S', '1m', 'JWT_CLOCK_SKEW_S=1m is not valid'],
  ])('%s=%s stops the service with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

describe('configuration of rate limits', () => {
  it('defaults: 1,200 requests a minute per person, 3,000 per address; 0 turns either off', () => {
    expect(loadConfig({})).toMatchObject({ rateLimitPerPrincipal: 1200, rateLimitPerAddress: 3000 });
    expect(loadConfig({ RATE_LIMIT_PER_PRINCIPAL: '0', RATE_LIMIT_PER_ADDRESS: '0' })).toMatchObject({
      rateLimitPerPrincipal: 0,
      rateLimitPerAddress: 0,
    });
  });

  it.each(['-1', '1.5', 'many', '1000001'])('RATE_LIMIT_PER_ADDRESS=%s stops the service', (value) => {
    expect(() => loadConfig({ RATE_LIMIT_PER_ADDRESS: value })).toThrow(
      `RATE_LIMIT_PER_ADDRESS=${value} is not valid: expected a whole number from 0 to 1000000`,
    );
  });
});

describe('secrets read from files (the _FILE variables)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'config-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const missing = join(dir, 'missing');

  it('JWT_SECRET_FILE: the file’s content, trimmed, is the secret', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ JWT_SECRET_FILE: file('jwt', `${secret}\n`) }).jwtSecret).toBe(secret);
    expect(loadConfig({ JWT_SECRET: ` ${secret} ` }).jwtSecret).toBe(secret);
    expect(loadConfig({}).jwtSecret).toBeUndefined();
  });

  it('DATABASE_PASSWORD_FILE and DATABASE_OWNER_PASSWORD_FILE put the password, percent-encoded, into their URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://ro_trach_nhiem_service@postgres:5432/accountability',
      DATABASE_PASSWORD_FILE: file('service-password', 'Mk-9_abc\n'),
      DATABASE_OWNER_URL: 'postgresql://accountability@postgres/accountability?sslmode=disable',
      DATABASE_OWNER_PASSWORD_FILE: file('owner-password', ' p@ss:w/rd%41 \n'),
    });
    expect(config.databaseUrl).toBe('postgres://ro_trach_nhiem_service:Mk-9_abc@postgres:5432/accountability');
    expect(config.databaseOwnerUrl).toBe('postgresql://accountability:p%40ss%3Aw%2Frd%2541@postgres/accountability?sslmode=disable');
    expect(decodeURIComponent(new URL(config.databaseOwnerUrl!).password)).toBe('p@ss:w/rd%41');
  });

  it('without a password file the URLs are taken as they are', () => {
    expect(loadConfig({ DATABASE_URL: ' postgres://u:secret@db/x ', DATABASE_OWNER_URL: 'postgres://o:secret@db/x' })).toMatchObject({
      databaseUrl: 'postgres://u:secret@db/x',
      databaseOwnerUrl: 'postgres://o:secret@db/x',
    });
  });

  it.each([
    ['JWT_SECRET_FILE', 'JWT_SECRET_FILE'],
    ['DATABASE_PASSWORD_FILE', 'DATABASE_PASSWORD_FILE'],
    ['DATABASE_OWNER_PASSWORD_FILE', 'DATABASE_OWNER_PASSWORD_FILE'],
  ])('%s naming a missing file stops the service with the variable and the path', (name) => {
    const env = { DATABASE_URL: 'postgres://u@db/x', DATABASE_OWNER_URL: 'postgres://o@db/x', [name]: missing };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`${name}=${missing} cannot be read: ENOENT`);
  });

  it('a folder instead of a file cannot be read either', () => {
    expect(() => loadConfig({ JWT_SECRET_FILE: dir })).toThrow(`JWT_SECRET_FILE=${dir} cannot be read: EISDIR`);
  });

  it.each([
    ['an empty file', () => ({ JWT_SECRET_FILE: file('empty', ' \n') }), /^JWT_SECRET_FILE=.*empty is empty: expected the secret in it$/],
    [
      'a short secret',
      () => ({ JWT_SECRET_FILE: file('short', 'too-short\n') }),
      /^JWT_SECRET_FILE=.*short holds 9 characters: the secret must be at least 32 characters long$/,
    ],
    [
      'both JWT_SECRET and JWT_SECRET_FILE',
      () => ({ JWT_SECRET: 'y'.repeat(40), JWT_SECRET_FILE: file('both', 'x'.repeat(40)) }),
      /^JWT_SECRET and JWT_SECRET_FILE are both set: set only one$/,
    ],
    [
      'DATABASE_PASSWORD_FILE without DATABASE_URL',
      () => ({ DATABASE_PASSWORD_FILE: file('alone', 'pw') }),
      /^DATABASE_PASSWORD_FILE is set without DATABASE_URL: set DATABASE_URL to the connection \(without its password\)$/,
    ],
    [
      'DATABASE_OWNER_PASSWORD_FILE without DATABASE_OWNER_URL',
      () => ({ DATABASE_URL: 'postgres://u@db/x', DATABASE_OWNER_PASSWORD_FILE: file('owner-alone', 'pw') }),
      /^DATABASE_OWNER_PASSWORD_FILE is set without DATABASE_OWNER_URL/,
    ],
    [
      'a URL that already holds a password',
      () => ({ DATABASE_URL: 'postgres://u:inline@db/x', DATABASE_PASSWORD_FILE: file('twice', 'pw') }),
      /^DATABASE_URL holds a password and DATABASE_PASSWORD_FILE is set: keep the password in one place$/,
    ],
    [
      'a connection string that is not a URL',
      () => ({ DATABASE_URL: 'host=db user=u', DATABASE_PASSWORD_FILE: file('keywords', 'pw') }),
      /^DATABASE_URL is not a postgres:\/\/ URL, so DATABASE_PASSWORD_FILE cannot put its password into it$/,
    ],
    [
      'a URL of another scheme',
      () => ({ DATABASE_URL: 'mysql://u@db/x', DATABASE_PASSWORD_FILE: file('mysql', 'pw') }),
      /^DATABASE_URL is not a postgres:\/\/ URL/,
    ],
    [
      'a URL without a host',
      () => ({ DATABASE_URL: 'postgres:///x', DATABASE_PASSWORD_FILE: file('socket', 'pw') }),
      /^DATABASE_URL names no host, so DATABASE_PASSWORD_FILE cannot put its password into it$/,
    ],
  ])('%s stops the service with a message naming the variables', (_case, env, message) => {
    expect(() => loadConfig(env())).toThrow(ConfigError);
    expect(() => loadConfig(env())).toThrow(message);
  });

  it('messages never show a password', () => {
    const env = { DATABASE_URL: 'postgres://u:inline-secret@db/x', DATABASE_PASSWORD_FILE: file('leak', 'file-secret') };
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^DATABASE_URL holds a password/);
    expect(message).not.toMatch(/inline-secret|file-secret/);
  });
});

describe('configuration of browser sessions and sign-in', () => {
  it('defaults: a session lives 8 hours at most and 1 hour without a request; demo sign-in decided by the log; no OIDC', () => {
    expect(loadConfig({})).toMatchObject({
      sessionMaxAgeSeconds: 8 * 3600,
      sessionIdleSeconds: 3600,
      demoSignIn: undefined,
      oidc: undefined,
    });
    expect(loadConfig({ SESSION_MAX_AGE: '12h', SESSION_IDLE_TIMEOUT: '15m', DEMO_SIGN_IN: 'false' })).toMatchObject({
      sessionMaxAgeSeconds: 12 * 3600,
      sessionIdleSeconds: 900,
      demoSignIn: false,
    });
  });

  it('refuses an idle timeout longer than the session itself', () => {
    expect(() => loadConfig({ SESSION_MAX_AGE: '1h', SESSION_IDLE_TIMEOUT: '2h' })).toThrow(
      /SESSION_IDLE_TIMEOUT .* is longer than SESSION_MAX_AGE/,
    );
  });

  it('OIDC: issuer and client id together, with the claims mapped by default from official_code, roles and jurisdiction', () => {
    expect(loadConfig({ OIDC_ISSUER: 'https://sso.danang.gov.vn/realms/ubnd', OIDC_CLIENT_ID: 'ro-trach-nhiem' }).oidc).toEqual({
      issuer: 'https://sso.danang.gov.vn/realms/ubnd',
      clientId: 'ro-trach-nhiem',
      clientSecret: undefined,
      redirectUrl: undefined,
      scopes: ['profile'],
      personClaim: 'official_code',
      personMatch: 'official_code',
      rolesClaim: 'roles',
      jurisdictionClaim: 'jurisdiction',
    });
    expect(
      loadConfig({
        OIDC_ISSUER: 'http://127.0.0.1:8080',
        OIDC_CLIENT_ID: 'c',
        OIDC_SCOPES: 'openid profile email',
        OIDC_PERSON_CLAIM: 'preferred_username',
        OIDC_PERSON_MATCH: 'person_id',
      }).oidc,
    ).toMatchObject({ scopes: ['profile', 'email'], personClaim: 'preferred_username', personMatch: 'person_id' });
  });

  it.each([
    [{ OIDC_ISSUER: 'https://sso.example' }, 'OIDC_ISSUER is set without OIDC_CLIENT_ID'],
    [{ OIDC_CLIENT_ID: 'c' }, 'OIDC_CLIENT_ID is set without OIDC_ISSUER'],
    [{ OIDC_ISSUER: 'http://sso.example', OIDC_CLIENT_ID: 'c' }, 'is plain http'],
    [{ OIDC_ISSUER: 'sso.example', OIDC_CLIENT_ID: 'c' }, 'is not an absolute http(s) URL'],
    [{ OIDC_ISSUER: 'https://sso.example', OIDC_CLIENT_ID: 'c', OIDC_PERSON_MATCH: 'email' }, 'OIDC_PERSON_MATCH=email is not valid'],
  ])('%j stops the service with a message naming it', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('configuration of the ledger witnesses (LEDGER_WITNESSES)', () => {
  const inspectorate = generateNoteKey('thanh-tra.example.gov.vn/nhan-chung', 'cosignature/v1').verifier;
  const office = generateNoteKey('vp-ubnd.example.gov.vn/nhan-chung', 'cosignature/v1').verifier;
  const log = generateNoteKey('so-noi-vu.example.gov.vn/trach-nhiem').verifier;

  it('none by default; each `<url>|<verifier key>` entry, comma-separated, gives the url (no trailing slash) and the key', () => {
    expect(loadConfig({}).ledgerWitnesses).toEqual([]);
    const config = loadConfig({
      LEDGER_WITNESSES: ` https://thanh-tra.example.gov.vn/nhan-chung/|${formatVerifierKey(inspectorate)} , http://10.0.0.7:3100|${formatVerifierKey(office)},`,
    });
    expect(config.ledgerWitnesses.map(({ url, key }) => [url, key.name, key.type])).toEqual([
      ['https://thanh-tra.example.gov.vn/nhan-chung', 'thanh-tra.example.gov.vn/nhan-chung', 'cosignature/v1'],
      ['http://10.0.0.7:3100', 'vp-ubnd.example.gov.vn/nhan-chung', 'cosignature/v1'],
    ]);
    expect(config.ledgerWitnesses[0]!.key.publicKey.equals(inspectorate.publicKey)).toBe(true);
  });

  it.each([
    ['no bar', 'https://w.example', 'mục "https://w.example" không hợp lệ: cần dạng <url>|<khóa kiểm tra của nhân chứng>'],
    ['no url', `|${formatVerifierKey(inspectorate)}`, 'không phải địa chỉ http(s) đầy đủ của nhân chứng'],
    ['another scheme', `ftp://w.example|${formatVerifierKey(inspectorate)}`, 'không phải địa chỉ http(s) của nhân chứng'],
    ['a query', `https://w.example/?a=1|${formatVerifierKey(inspectorate)}`, 'không có ?, # hay tên đăng nhập'],
    ['not a key', 'https://w.example|khong-phai-khoa', '"khong-phai-khoa" không phải khóa kiểm tra <tên>+<mã khóa>+<khóa> của nhân chứng'],
    ['a log key', `https://w.example|${formatVerifierKey(log)}`, 'là khóa ed25519; nhân chứng ký đồng xác nhận bằng khóa cosignature/v1'],
    [
      'the same witness twice',
      `https://a.example|${formatVerifierKey(inspectorate)},https://b.example|${formatVerifierKey(inspectorate)}`,
      'nhân chứng "thanh-tra.example.gov.vn/nhan-chung" được nêu hai lần',
    ],
  ])('%s stops the service with a Vietnamese reason', (_, value, message) => {
    expect(() => loadConfig({ LEDGER_WITNESSES: value })).toThrow(ConfigError);
    expect(() => loadConfig({ LEDGER_WITNESSES: value })).toThrow(`LEDGER_WITNESSES: `);
    expect(() => loadConfig({ LEDGER_WITNESSES: value })).toThrow(message);
  });
});
