import {
  ForbiddenException,
  Inject,
  Injectable,
  Optional,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@lib/domain/core';
import { problem } from '../http/problem-details.filter';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import type { Principal } from './principal';
import { SESSION_AUTHENTICATOR, type AuthenticatedSession, type SessionAuthenticator } from './session-authenticator';
import { cookieOf, CSRF_HEADER, csrfTokenMatches, SAFE_METHODS, SESSION_COOKIE } from './session-cookie';
import { TokenError, TokenService } from './token-service';
import { roleLabelsOf } from './role-labels';

export const TOKEN_SERVICE = Symbol('TOKEN_SERVICE');

/**
 * The whole header value is the scheme (any case, RFC 7235), one space and one token68 (RFC 6750 §2.1),
 * nothing else: "Bearer tok extra" is refused rather than read as "tok".
 */
const BEARER = /^bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

/** The token of an Authorization header of exactly that form; undefined otherwise. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

interface GuardedRequest {
  method: string;
  headers: Record<string, string | undefined>;
  principal?: Principal;
  /** Set when the browser session's cookie, not a bearer token, authenticated the request. */
  session?: AuthenticatedSession;
}

/**
 * Every route needs a valid bearer token or a live browser session unless marked @Public(); @Roles narrows
 * who may call it. A bearer token, when sent, decides alone. A session's cookie authenticates reads as it is;
 * anything else it authenticates must also carry the session's CSRF token in X-CSRF-Token, since a browser
 * sends the cookie by itself.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
    @Optional() @Inject(SESSION_AUTHENTICATOR) private readonly sessions?: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const principal = request.headers.authorization
      ? await this.fromBearer(request.headers.authorization)
      : await this.fromSession(request);
    request.principal = principal;
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenException(
        problem(
          'forbidden',
          'Forbidden',
          403,
          `Vai trò của bạn không được thực hiện thao tác này (cần là: ${roleLabelsOf(required).join(', ')}).`,
          {
            requiredRoles: required,
          },
        ),
      );
    }
    return true;
  }

  private async fromBearer(header: string): Promise<Principal> {
    const token = bearerTokenOf(header);
    if (token === undefined) {
      throw new UnauthorizedException(
        problem('unauthorized', 'Unauthorized', 401, 'Tiêu đề Authorization phải có đúng dạng "Bearer <token>", không có gì khác đi kèm.'),
      );
    }
    try {
      return await this.tokens.verify(token);
    } catch (error) {
      const reason = error instanceof TokenError ? error.message : 'invalid token';
      throw new UnauthorizedException(problem('unauthorized', 'Unauthorized', 401, `Mã xác thực không hợp lệ: ${reason}.`));
    }
  }

  private async fromSession(request: GuardedRequest): Promise<Principal> {
    const sessionId = cookieOf(request.headers.cookie, SESSION_COOKIE);
    if (sessionId === undefined || !this.sessions)
      throw new UnauthorizedException(problem('unauthorized', 'Unauthorized', 401, 'Thiếu mã xác thực (Authorization: Bearer <token>).'));
    const session = await this.sessions.authenticate(sessionId);
    if (!session) {
      throw new UnauthorizedException(
        problem('unauthorized', 'Unauthorized', 401, 'Phiên đăng nhập đã hết hạn, đã đăng xuất hoặc không hợp lệ: hãy đăng nhập lại.'),
      );
    }
    if (!SAFE_METHODS.has(request.method.toUpperCase()) && !csrfTokenMatches(sessionId, request.headers[CSRF_HEADER])) {
      throw new ForbiddenException(
        problem(
          'forbidden',
          'Forbidden',
          403,
          'Thiếu hoặc sai mã chống giả mạo yêu cầu (tiêu đề X-CSRF-Token) cho phiên đăng nhập này; không có gì được ghi.',
        ),
      );
    }
    request.session = session;
    return session.principal;
  }
}
