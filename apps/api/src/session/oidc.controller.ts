import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { cookieOf, SESSION_COOKIE } from '../auth/session-cookie';
import { OIDC_FLOW_SECONDS, OidcSignInService } from './oidc-sign-in.service';
import { clearOidcFlowCookie, OIDC_FLOW_COOKIE, setOidcFlowCookie, setSessionCookie } from './session-cookie.headers';
import { SignInRefusedError } from './session.errors';
import { SessionService } from './session.service';
import { refusalException, sendRefusalPage } from './sign-in-refusal';
import { ApiRoutesDocumented } from '../http/api-docs.decorators';

/** Sign-in through the province's identity provider (OpenID Connect, authorization code + PKCE). */
@ApiTags('Phiên đăng nhập của bảng điều khiển (session)')
@ApiRoutesDocumented()
@Controller('session/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcSignInService,
    private readonly sessions: SessionService,
  ) {}

  @Get('login')
  @Public()
  @ApiOperation({ summary: 'Chuyển trình duyệt sang nhà cung cấp định danh (mã ủy quyền + PKCE); 404 khi chưa cấu hình OIDC' })
  @ApiQuery({ name: 'returnTo', required: false, example: '/nhiem-vu', description: 'Đường dẫn cùng nguồn để quay về sau khi đăng nhập.' })
  @ApiFoundResponse({ description: 'Location: trang đăng nhập của nhà cung cấp định danh.' })
  async login(@Query('returnTo') returnTo: unknown, @Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      const { flowId, authorizationUrl } = await this.oidc.begin(typeof returnTo === 'string' ? returnTo : '/', originOf(request));
      setOidcFlowCookie(request, response, flowId, OIDC_FLOW_SECONDS);
      response.redirect(302, authorizationUrl);
    } catch (error) {
      if (error instanceof SignInRefusedError) throw refusalException(error);
      throw error;
    }
  }

  @Get('callback')
  @Public()
  @ApiOperation({
    summary:
      'Nhà cung cấp định danh trả trình duyệt về đây; tạo phiên cho cán bộ được ánh xạ rồi chuyển về returnTo. ' +
      'Người không có trong tổ chức, không giữ chức vụ hoặc không có vai trò: trang lỗi tiếng Việt (403), không tạo phiên.',
  })
  @ApiFoundResponse({ description: 'Location: returnTo (đường dẫn cùng nguồn); Set-Cookie: rtn_session.' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    clearOidcFlowCookie(request, response);
    try {
      const { principal, returnTo } = await this.oidc.complete(cookieOf(request.headers.cookie, OIDC_FLOW_COOKIE), query);
      const session = await this.sessions.replace(cookieOf(request.headers.cookie, SESSION_COOKIE), principal, 'oidc');
      setSessionCookie(request, response, session.sessionId, this.sessions.maxAgeSeconds);
      response.redirect(302, returnTo);
    } catch (error) {
      if (!(error instanceof SignInRefusedError)) throw error;
      if (request.accepts(['application/json', 'text/html']) === 'text/html') return sendRefusalPage(response, error);
      throw refusalException(error);
    }
  }
}

function originOf(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
