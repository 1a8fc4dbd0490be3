import { Body, Controller, Get, HttpCode, NotFoundException, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import type { AuthenticatedSession } from '../auth/session-authenticator';
import { cookieOf, SESSION_COOKIE } from '../auth/session-cookie';
import { problem } from '../http/problem-details.filter';
import { DemoSignInService } from './demo-sign-in.service';
import { OidcSignInService } from './oidc-sign-in.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie.headers';
import type { SessionView } from './session-view';
import { DemoPeopleDto, DemoSignInDto, SessionDto, SessionOptionsDto, SessionProblemDto } from './session.dto';
import { SessionService } from './session.service';
import { ApiRoutesDocumented } from '../http/api-docs.decorators';

const PROBLEM = { type: SessionProblemDto };

/** The console's browser session: who is signed in, how one may sign in, demo sign-in, sign-out. */
@ApiTags('Phiên đăng nhập của bảng điều khiển (session)')
@ApiRoutesDocumented()
@Controller('session')
export class SessionController {
  constructor(
    private readonly sessions: SessionService,
    private readonly demo: DemoSignInService,
    private readonly oidc: OidcSignInService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Người đang đăng nhập theo cookie phiên rtn_session, mã CSRF của phiên và lúc phiên hết hạn' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ ...PROBLEM, description: 'Không có phiên còn hiệu lực (mã Bearer không tạo phiên).' })
  async current(@Req() request: Request): Promise<SessionView> {
    const sessionId = cookieOf(request.headers.cookie, SESSION_COOKIE);
    const session = sessionId === undefined ? undefined : await this.sessions.authenticate(sessionId);
    if (!session)
      throw new UnauthorizedException(problem('unauthorized', 'Unauthorized', 401, 'Chưa đăng nhập, hoặc phiên đăng nhập đã hết hạn.'));
    return this.sessions.view(session);
  }

  @Get('options')
  @Public()
  @ApiOperation({ summary: 'Các cách đăng nhập trang đăng nhập được đưa ra: người dùng thử, nhà cung cấp định danh (OIDC)' })
  @ApiOkResponse({ type: SessionOptionsDto })
  async options(): Promise<SessionOptionsDto> {
    return { demo: await this.demo.allowed(), oidc: this.oidc.enabled };
  }

  @Get('demo-people')
  @Public()
  @ApiOperation({ summary: 'Người dùng thử của thành phố mẫu: họ tên, đơn vị, vai trò (tiếng Việt)' })
  @ApiOkResponse({ type: DemoPeopleDto })
  @ApiNotFoundResponse({ ...PROBLEM, description: 'Đăng nhập thử không được bật.' })
  async demoPeople(): Promise<DemoPeopleDto> {
    await this.assertDemoAllowed();
    return { people: this.demo.people() };
  }

  @Post('demo')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập thử bằng một người trong danh sách; đặt cookie phiên (HttpOnly, SameSite=Strict)' })
  @ApiOkResponse({ type: SessionDto, headers: { 'Set-Cookie': { description: 'rtn_session=…; Path=/; HttpOnly; SameSite=Strict' } } })
  @ApiBadRequestResponse({ ...PROBLEM, description: 'personId thiếu hoặc sai dạng.' })
  @ApiNotFoundResponse({ ...PROBLEM, description: 'Đăng nhập thử không được bật, hoặc không có người này trong danh sách.' })
  async signInDemo(
    @Body() body: DemoSignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    await this.assertDemoAllowed();
    const principal = this.demo.principalOf(body.personId);
    if (!principal) {
      throw new NotFoundException(
        problem('not-found', 'Not found', 404, `Không có người dùng thử "${body.personId}"; xem danh sách ở GET /session/demo-people.`),
      );
    }
    const session = await this.sessions.replace(cookieOf(request.headers.cookie, SESSION_COOKIE), principal, 'demo');
    setSessionCookie(request, response, session.sessionId, this.sessions.maxAgeSeconds);
    return this.sessions.view(session);
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'Mã CSRF của phiên (GET /session).' })
  @ApiOperation({ summary: 'Đăng xuất: kết thúc phiên ở máy chủ và xoá cookie; cookie cũ bị từ chối từ đó' })
  @ApiNoContentResponse({ description: 'Phiên đã kết thúc.' })
  @ApiUnauthorizedResponse({ ...PROBLEM, description: 'Không có phiên còn hiệu lực.' })
  @ApiForbiddenResponse({ ...PROBLEM, description: 'Thiếu hoặc sai tiêu đề X-CSRF-Token.' })
  async signOut(
    @Req() request: Request & { session?: AuthenticatedSession },
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    if (request.session) await this.sessions.end(request.session.sessionId);
    clearSessionCookie(request, response);
  }

  private async assertDemoAllowed(): Promise<void> {
    if (!(await this.demo.allowed())) {
      throw new NotFoundException(problem('not-found', 'Not found', 404, 'Đăng nhập thử không được bật trên máy chủ này.'));
    }
  }
}
