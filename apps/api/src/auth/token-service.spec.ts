import { createHmac, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { TokenError, TokenService } from './token-service';

const config = { jwtIssuer: 'ro-trach-nhiem', jwtAudience: 'ro-trach-nhiem-api', jwtMaxTtlSeconds: 12 * 3600, jwtClockSkewSeconds: 60 };
const cuong = { personId: 'le-van-cuong', unitId: 'so-xay-dung', roles: ['officer' as const], position: 'staff' as const };
const SECRET = 'a'.repeat(40);
/** The verifier's clock: 4 March 2026, 09:00 in Hà Nội. */
const NOW_S = Date.UTC(2026, 2, 4, 2) / 1000;
const hs256 = (overrides: Partial<typeof config> = {}) =>
  new TokenService({ verifyKey: SECRET, signKey: SECRET, algorithms: ['HS256'] }, { ...config, ...overrides }, () => NOW_S * 1000);

/** A compact HS256 token with exactly this header and these claims (no library defaults added). */
function signed(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }, secret = SECRET): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Our claims for Cường, issued now for an hour unless overridden (undefined removes a claim). */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = NOW_S;
  const all: Record<string, unknown> = {
    sub: cuong.personId,
    unit: cuong.unitId,
    roles: cuong.roles,
    position: cuong.position,
    iss: config.jwtIssuer,
    aud: config.jwtAudience,
    iat,
    exp: iat + 3600,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

async function refusal(service: TokenService, token: string): Promise<string> {
  const error = await service.verify(token).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TokenError);
  return (error as TokenError).message;
}

describe('bearer tokens', () => {
  it('a shared secret: tokens it minted verify, again and again (the key is parsed once), and another secret’s do not', async () => {
    const service = hs256();
    const token = service.mint(cuong, 60);
    for (let i = 0; i < 3; i++) expect(await service.verify(token)).toEqual(cuong);
    const other = new TokenService({ verifyKey: 'b'.repeat(40), signKey: 'b'.repeat(40), algorithms: ['HS256'] }, config);
    await expect(other.verify(token)).rejects.toBeInstanceOf(TokenError);
  });

  it('a public key (tokens issued elsewhere): RS256 tokens signed with its private key verify; HS256 ones are refused', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const service = new TokenService({ verifyKey: pem, signKey: undefined, algorithms: ['RS256', 'ES256'] }, config);
    const issuer = new JwtService({});
    const token = issuer.sign(
      { unit: cuong.unitId, roles: cuong.roles, position: cuong.position },
      {
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        algorithm: 'RS256',
        subject: cuong.personId,
        issuer: config.jwtIssuer,
        audience: config.jwtAudience,
        expiresIn: 60,
      },
    );
    expect(await service.verify(token)).toEqual(cuong);
    const forged = new TokenService({ verifyKey: 'c'.repeat(40), signKey: 'c'.repeat(40), algorithms: ['HS256'] }, config).mint(cuong, 60);
    await expect(service.verify(forged)).rejects.toBeInstanceOf(TokenError);
    expect(() => service.mint(cuong, 60)).toThrow(TokenError);
    // Trailing bytes after an RSA signature are not ignored either.
    await expect(service.verify(`${token}A`)).rejects.toBeInstanceOf(TokenError);
  });

  it('mints iat and exp, exp − iat being the lifetime asked for; the demo’s 8 hours verify', async () => {
    const token = hs256().mint(cuong, 8 * 3600);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
    expect(payload).toMatchObject({ iat: NOW_S, exp: NOW_S + 8 * 3600 });
    expect(await hs256().verify(token)).toEqual(cuong);
    expect(await hs256().verify(signed(claims({ exp: NOW_S + 12 * 3600 })))).toEqual(cuong);
  });

  it('refuses to mint beyond the maximum lifetime (JWT_MAX_TTL)', () => {
    expect(() => hs256().mint(cuong, 12 * 3600 + 1)).toThrow(/JWT_MAX_TTL/);
    expect(() => hs256({ jwtMaxTtlSeconds: 3600 }).mint(cuong, 8 * 3600)).toThrow(TokenError);
  });

  it('refuses a token without exp, or without iat', async () => {
    expect(await refusal(hs256(), signed(claims({ exp: undefined })))).toMatch(/exp/);
    expect(await refusal(hs256(), signed(claims({ iat: undefined })))).toMatch(/iat/);
  });

  it('refuses a lifetime (exp − iat) beyond the maximum, and an exp in the year 9999', async () => {
    expect(await refusal(hs256(), signed(claims({ exp: NOW_S + 12 * 3600 + 1 })))).toMatch(/JWT_MAX_TTL/);
    expect(await refusal(hs256(), signed(claims({ exp: Date.UTC(9999, 11, 31) / 1000 })))).toMatch(/JWT_MAX_TTL/);
    // A far iat does not make a far exp acceptable: it is then issued in the future.
    expect(
      await refusal(hs256(), signed(claims({ iat: Date.UTC(9999, 11, 31) / 1000 - 3600, exp: Date.UTC(9999, 11, 31) / 1000 }))),
    ).toMatch(/iat/);
  });

  it('refuses an iat in the future beyond the allowed skew (JWT_CLOCK_SKEW_S), accepts one within it', async () => {
    const ahead = (seconds: number) => signed(claims({ iat: NOW_S + seconds, exp: NOW_S + seconds + 3600 }));
    expect(await refusal(hs256(), ahead(61))).toMatch(/iat/);
    expect(await hs256().verify(ahead(60))).toEqual(cuong);
    expect(await refusal(hs256({ jwtClockSkewSeconds: 0 }), ahead(1))).toMatch(/JWT_CLOCK_SKEW_S/);
  });

  it('refuses an expired token by the same clock', async () => {
    expect(await refusal(hs256(), signed(claims({ iat: NOW_S - 7200, exp: NOW_S - 1 })))).toMatch(/expired/);
  });

  it('refuses a critical header parameter it does not understand (RFC 7515 §4.1.11), and a malformed crit', async () => {
    const header = { alg: 'HS256', typ: 'JWT', crit: ['x-vn-extension'], 'x-vn-extension': true };
    expect(await refusal(hs256(), signed(claims(), header))).toMatch(/crit/);
    expect(await refusal(hs256(), signed(claims(), { alg: 'HS256', crit: [] }))).toMatch(/crit/);
  });

  it('refuses anything around the three parts: trailing bytes, a fourth part, whitespace', async () => {
    const token = signed(claims());
    expect(await hs256().verify(token)).toEqual(cuong);
    for (const tampered of [`${token}.`, `${token}.e30`, `${token}A`, `${token}=`, `${token} extra`, ` ${token}`, `${token}\n`]) {
      await refusal(hs256(), tampered);
    }
  });
});
