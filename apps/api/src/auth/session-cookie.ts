import { createHmac, timingSafeEqual } from 'node:crypto';

/** The browser session's cookie: httpOnly, SameSite=Strict, Path=/, Secure when the request came over https. */
export const SESSION_COOKIE = 'rtn_session';

/** The header a cookie-authenticated command must carry, holding the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that change nothing: a cookie alone authenticates them (downloads as plain links). */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of one cookie in a Cookie header (RFC 6265 §5.4); undefined when absent. */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return undefined;
}

/**
 * The session's CSRF token: an HMAC of a fixed label under the session id itself, so it is bound to that one
 * session, needs no storage, and cannot be computed from what the database holds (only the id's hash).
 */
export function csrfTokenOf(sessionId: string): string {
  return createHmac('sha256', sessionId).update('rtn-csrf-v1').digest('base64url');
}

/** Whether `presented` is the session's CSRF token, compared in constant time. */
export function csrfTokenMatches(sessionId: string, presented: string | undefined): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(csrfTokenOf(sessionId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
