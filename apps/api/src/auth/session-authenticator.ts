import type { Principal } from './principal';

/** A browser session found from its cookie. */
export interface AuthenticatedSession {
  /** The random id the cookie holds (never stored: the database keeps its hash). */
  sessionId: string;
  principal: Principal;
}

/** Finds the live session a cookie names; provided by the session module, used by the guard. */
export interface SessionAuthenticator {
  authenticate(sessionId: string): Promise<AuthenticatedSession | undefined>;
}

export const SESSION_AUTHENTICATOR = Symbol('SESSION_AUTHENTICATOR');
