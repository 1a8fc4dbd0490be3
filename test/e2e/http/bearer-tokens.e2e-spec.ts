import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { resolveTokenKeys, TokenService } from '../../../apps/api/src/testing';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../../support/test-app';

const officer = { personId: 'le-van-cuong', unitId: 'so-xay-dung', position: 'staff' as const, roles: ['officer' as const] };

/** An HS256 token signed with the test app's secret, with exactly this header and these claims. */
function signed(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(claims)}`;
  return `${input}.${createHmac('sha256', TEST_JWT_SECRET).update(input).digest('base64url')}`;
}

describe('bearer tokens over HTTP: lifetime, critical headers and the exact Authorization header', () => {
  let t: TestApp;
  let valid: string;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown>) => {
    const all: Record<string, unknown> = {
      sub: officer.personId,
      unit: officer.unitId,
      roles: officer.roles,
      iss: 'ro-trach-nhiem',
      aud: 'ro-trach-nhiem-api',
      iat: now(),
      exp: now() + 3600,
      ...overrides,
    };
    return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
  };
  const withAuthorization = (value: string | undefined) => {
    const call = request(t.app.getHttpServer()).get('/org/units?asOf=2026-03-01');
    return value === undefined ? call : call.set('Authorization', value);
  };

  beforeAll(async () => {
    t = await startTestApp({}, { organisation: 'none' });
    // The demo's tokens: 8 hours, within the default JWT_MAX_TTL of 12.
    valid = new TokenService(resolveTokenKeys(t.config), t.config).mint(officer, 8 * 3600);
  });
  afterAll(() => t.close());

  it('accepts "Bearer <token>" (the scheme in any case) with the demo’s 8-hour lifetime', async () => {
    await withAuthorization(`Bearer ${valid}`).expect(200);
    await withAuthorization(`bearer ${valid}`).expect(200);
  });

  it('answers 401 with a problem document to each refused token or header', async () => {
    const far = Date.UTC(9999, 11, 31) / 1000;
    const cases: Array<[string, string | undefined]> = [
      ['no header', undefined],
      ['trailing text after the token', `Bearer ${valid} extra`],
      ['two spaces', `Bearer  ${valid}`],
      ['another scheme', `Basic ${valid}`],
      ['the token alone', valid],
      ['trailing bytes after the signature', `Bearer ${valid}.`],
      ['a fourth part', `Bearer ${valid}.e30`],
      ['no exp', `Bearer ${signed(claims({ exp: undefined }))}`],
      ['no iat', `Bearer ${signed(claims({ iat: undefined }))}`],
      ['exp in 9999', `Bearer ${signed(claims({ exp: far }))}`],
      ['13 hours between iat and exp', `Bearer ${signed(claims({ exp: now() + 13 * 3600 }))}`],
      ['iat ten minutes ahead', `Bearer ${signed(claims({ iat: now() + 600, exp: now() + 1200 }))}`],
      ['an unknown critical header', `Bearer ${signed(claims({}), { alg: 'HS256', typ: 'JWT', crit: ['x-vn-ext'], 'x-vn-ext': 1 })}`],
    ];
    const answered: Array<Record<string, unknown>> = [];
    for (const [label, authorization] of cases) {
      const response = await withAuthorization(authorization);
      answered.push({
        label,
        status: response.status,
        contentType: response.headers['content-type'],
        type: response.body.type,
        detail: response.body.detail,
      });
    }
    expect(answered).toEqual(
      cases.map(([label]) => ({
        label,
        status: 401,
        contentType: expect.stringMatching(/^application\/problem\+json/),
        type: '/problems/unauthorized',
        detail: expect.stringMatching(/^(Thiếu mã xác thực|Tiêu đề Authorization phải có đúng dạng|Mã xác thực không hợp lệ)/),
      })),
    );
    const refusedBy = (label: string) => answered.find((entry) => entry.label === label)!.detail as string;
    expect(refusedBy('trailing text after the token')).toBe(
      'Tiêu đề Authorization phải có đúng dạng "Bearer <token>", không có gì khác đi kèm.',
    );
    expect(refusedBy('exp in 9999')).toMatch(/JWT_MAX_TTL/);
    expect(refusedBy('iat ten minutes ahead')).toMatch(/JWT_CLOCK_SKEW_S/);
    expect(refusedBy('an unknown critical header')).toMatch(/crit.*x-vn-ext/);
  });
});
