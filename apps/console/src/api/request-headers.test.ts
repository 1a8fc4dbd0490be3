import { afterEach, describe, expect, it } from 'vitest';
import { rememberCsrfToken } from './csrf';
import { withConsoleHeaders } from './request-headers';

describe('headers the console adds', () => {
  afterEach(() => rememberCsrfToken(undefined));

  it('adds nothing to a read', () => {
    rememberCsrfToken('token-1');
    const request = withConsoleHeaders(new Request('http://console.test/tasks'), { command: true });
    expect(request.headers.get('X-CSRF-Token')).toBeNull();
    expect(request.headers.get('Idempotency-Key')).toBeNull();
  });

  it('sends the CSRF token and a fresh Idempotency-Key with each command', () => {
    rememberCsrfToken('token-1');
    const first = withConsoleHeaders(new Request('http://console.test/tasks', { method: 'POST' }), { command: true });
    const second = withConsoleHeaders(new Request('http://console.test/tasks', { method: 'POST' }), { command: true });
    expect(first.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(first.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'));
  });

  it("keeps a retried command's own key, and gives the session's routes the token only", () => {
    rememberCsrfToken('token-2');
    const retried = new Request('http://console.test/tasks', { method: 'POST', headers: { 'Idempotency-Key': 'same-as-before' } });
    expect(withConsoleHeaders(retried, { command: true }).headers.get('Idempotency-Key')).toBe('same-as-before');
    const signOut = withConsoleHeaders(new Request('http://console.test/session/sign-out', { method: 'POST' }), { command: false });
    expect(signOut.headers.get('X-CSRF-Token')).toBe('token-2');
    expect(signOut.headers.get('Idempotency-Key')).toBeNull();
  });
});
