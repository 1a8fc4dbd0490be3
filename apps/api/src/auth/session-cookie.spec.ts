import { describe, expect, it } from '@jest/globals';
import { cookieOf, csrfTokenMatches, csrfTokenOf } from './session-cookie';

describe('the session cookie and its CSRF token', () => {
  it('reads one cookie out of a Cookie header, and nothing from a cookie whose name only ends the same', () => {
    expect(cookieOf('a=1; rtn_session=abc; b=2', 'rtn_session')).toBe('abc');
    expect(cookieOf('rtn_session="abc"', 'rtn_session')).toBe('abc');
    expect(cookieOf('x_rtn_session=abc', 'rtn_session')).toBeUndefined();
    expect(cookieOf(undefined, 'rtn_session')).toBeUndefined();
  });

  it('binds the CSRF token to its session: another session’s token, a prefix or nothing does not match', () => {
    const token = csrfTokenOf('session-one');
    expect(csrfTokenMatches('session-one', token)).toBe(true);
    expect(csrfTokenMatches('session-two', token)).toBe(false);
    expect(csrfTokenMatches('session-one', token.slice(0, -1))).toBe(false);
    expect(csrfTokenMatches('session-one', undefined)).toBe(false);
    expect(csrfTokenMatches('session-one', '')).toBe(false);
  });
});
