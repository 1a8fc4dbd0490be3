import { csrfToken } from './csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Headers every request of the console adds: the CSRF token on anything but a read, and on a command an
 * Idempotency-Key (a fresh UUID per command, so that the service records it once even when the network makes the
 * browser send it twice). A caller's own Idempotency-Key (a retried command) is kept.
 */
export function withConsoleHeaders(request: Request, options: { command: boolean }): Request {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return request;
  const token = csrfToken();
  if (token) request.headers.set('X-CSRF-Token', token);
  if (options.command && !request.headers.has('Idempotency-Key')) request.headers.set('Idempotency-Key', crypto.randomUUID());
  return request;
}
