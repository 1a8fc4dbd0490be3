import { describe, expect, it } from '@jest/globals';
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
    ['JWT_MAX_TTL', 'forever', 'JWT_MAX_TTL=forever is not valid: expected seconds or a duration such as 30m, 12h or 7d, from 60 s to 2592000 s'],
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
    expect(loadConfig({ RATE_LIMIT_PER_PRINCIPAL: '0', RATE_LIMIT_PER_ADDRESS: '0' })).toMatchObject({ rateLimitPerPrincipal: 0, rateLimitPerAddress: 0 });
  });

  it.each(['-1', '1.5', 'many', '1000001'])('RATE_LIMIT_PER_ADDRESS=%s stops the service', (value) => {
    expect(() => loadConfig({ RATE_LIMIT_PER_ADDRESS: value })).toThrow(`RATE_LIMIT_PER_ADDRESS=${value} is not valid: expected a whole number from 0 to 1000000`);
  });
});
