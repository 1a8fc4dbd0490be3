import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../auth/session-cookie';

/** Secure only over https: a plain-http local start must still be able to hold its cookie. */
function secureAttribute(request: Request): string {
  return request.secure ? '; Secure' : '';
}

export function setSessionCookie(request: Request, response: Response, sessionId: string, maxAgeSeconds: number): void {
  response.append(
    'Set-Cookie',
    `${SESSION_COOKIE}=${sessionId}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secureAttribute(request)}`,
  );
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.append('Set-Cookie', `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secureAttribute(request)}`);
}

/**
 * The OIDC sign-in under way, bound to this browser. SameSite=Lax, not Strict: the provider sends the browser back
 * to the callback by a cross-site redirect, on which a Strict cookie would not be sent.
 */
export const OIDC_FLOW_COOKIE = 'rtn_oidc';
const OIDC_FLOW_PATH = '/session/oidc';

export function setOidcFlowCookie(request: Request, response: Response, flowId: string, maxAgeSeconds: number): void {
  response.append(
    'Set-Cookie',
    `${OIDC_FLOW_COOKIE}=${flowId}; Path=${OIDC_FLOW_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secureAttribute(request)}`,
  );
}

export function clearOidcFlowCookie(request: Request, response: Response): void {
  response.append(
    'Set-Cookie',
    `${OIDC_FLOW_COOKIE}=; Path=${OIDC_FLOW_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secureAttribute(request)}`,
  );
}
