import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@lib/domain/core';
import { problem } from '../http/problem-details.filter';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators';
import type { Principal } from './principal';
import { TokenError, TokenService } from './token-service';

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

/** Every route needs a valid bearer token unless marked @Public(); @Roles narrows who may call it. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_SERVICE) private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const header = request.headers.authorization;
    if (!header)
      throw new UnauthorizedException(problem('unauthorized', 'Unauthorized', 401, 'Thiếu mã xác thực (Authorization: Bearer <token>).'));
    const token = bearerTokenOf(header);
    if (token === undefined) {
      throw new UnauthorizedException(
        problem('unauthorized', 'Unauthorized', 401, 'Tiêu đề Authorization phải có đúng dạng "Bearer <token>", không có gì khác đi kèm.'),
      );
    }
    try {
      request.principal = await this.tokens.verify(token);
    } catch (error) {
      const reason = error instanceof TokenError ? error.message : 'invalid token';
      throw new UnauthorizedException(problem('unauthorized', 'Unauthorized', 401, `Mã xác thực không hợp lệ: ${reason}.`));
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => request.principal!.roles.includes(role))) {
      throw new ForbiddenException(
        problem(
          'forbidden',
          'Forbidden',
          403,
          `Vai trò của bạn không được thực hiện thao tác này (cần một trong: ${required.join(', ')}).`,
          {
            requiredRoles: required,
          },
        ),
      );
    }
    return true;
  }
}
