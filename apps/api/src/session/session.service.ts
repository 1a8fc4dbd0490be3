import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@lib/service';
import type { Principal } from '../auth/principal';
import type { AuthenticatedSession, SessionAuthenticator } from '../auth/session-authenticator';
import { csrfTokenOf } from '../auth/session-cookie';
import { CLOCK, type Clock } from '../clock/clock';
import { APP_CONFIG } from '../database/database.tokens';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { principalView, type SessionView } from './session-view';
import { newOpaqueId, SessionStore, type SignInMethod } from './session.store';

export const SESSION_STORE = Symbol('SESSION_STORE');

/** A live session with the instant it ends at the latest. */
export interface LiveSession extends AuthenticatedSession {
  expiresAt: Date;
}

/** Longest gap between two recordings of a session's last request: at most this much idle time goes unnoticed. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Browser sessions kept in PostgreSQL: signing out deletes the row, so the cookie is refused on every instance at
 * once, and a restart changes nothing. A session ends SESSION_MAX_AGE after sign-in, or SESSION_IDLE_TIMEOUT after
 * its last request, whichever comes first.
 */
@Injectable()
export class SessionService implements SessionAuthenticator {
  constructor(
    @Inject(SESSION_STORE) private readonly store: SessionStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'sessionMaxAgeSeconds' | 'sessionIdleSeconds'>,
    private readonly organisation: OrganisationReadModel,
  ) {}

  get maxAgeSeconds(): number {
    return this.config.sessionMaxAgeSeconds;
  }

  async start(principal: Principal, method: SignInMethod): Promise<LiveSession> {
    const now = this.clock.now();
    await this.store.purgeEnded(now, this.config.sessionIdleSeconds);
    const sessionId = newOpaqueId();
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxAgeSeconds * 1000);
    await this.store.insert(sessionId, principal, method, now, expiresAt);
    return { sessionId, principal, expiresAt };
  }

  /** A new session with a new id (never the one a browser brought); the browser's earlier session, if any, ends. */
  async replace(previousSessionId: string | undefined, principal: Principal, method: SignInMethod): Promise<LiveSession> {
    if (previousSessionId !== undefined) await this.store.delete(previousSessionId);
    return this.start(principal, method);
  }

  async authenticate(sessionId: string): Promise<LiveSession | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return undefined;
    const stored = await this.store.find(sessionId);
    if (!stored) return undefined;
    const now = this.clock.now();
    const idleUntil = stored.lastSeenAt.getTime() + this.config.sessionIdleSeconds * 1000;
    if (now.getTime() >= stored.expiresAt.getTime() || now.getTime() >= idleUntil) {
      await this.store.delete(sessionId);
      return undefined;
    }
    if (now.getTime() - stored.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await this.store.touch(sessionId, now);
    return { sessionId, principal: stored.principal, expiresAt: stored.expiresAt };
  }

  async end(sessionId: string): Promise<void> {
    await this.store.delete(sessionId);
  }

  /** The body of GET /session: who is signed in, the CSRF token, and when the session ends if left alone. */
  view(session: LiveSession): SessionView {
    const now = this.clock.now();
    const idleEnd = now.getTime() + this.config.sessionIdleSeconds * 1000;
    return {
      principal: principalView(session.principal, this.organisation.current, now),
      csrfToken: csrfTokenOf(session.sessionId),
      expiresAt: new Date(Math.min(idleEnd, session.expiresAt.getTime())).toISOString(),
    };
  }
}
