/**
 * The session's CSRF token, from GET /session or the sign-in answer: every request that is not a GET made with the
 * session cookie must carry it in X-CSRF-Token. Kept in memory only (never in storage): a reload asks /session again.
 */
let token: string | undefined;

export function rememberCsrfToken(value: string | undefined): void {
  token = value;
}

export function csrfToken(): string | undefined {
  return token;
}
