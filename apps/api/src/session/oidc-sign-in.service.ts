import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { localDateOfInstant } from '@lib/domain/calendar';
import type { AppConfig, OidcConfig } from '@lib/service';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { APP_CONFIG } from '../database/database.tokens';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { OidcFlowStore } from './oidc-flow.store';
import { principalFromOidcClaims } from './oidc-principal.mapping';
import { SignInRefusedError } from './session.errors';
import { newOpaqueId } from './session.store';

export const OIDC_FLOW_STORE = Symbol('OIDC_FLOW_STORE');
export const CALLBACK_PATH = '/session/oidc/callback';
/** How long the browser may take at the provider between login and callback. */
export const OIDC_FLOW_SECONDS = 600;

/** A same-origin path to go back to after sign-in; anything else (another origin, `//host`, `/\host`) becomes `/`. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  return value;
}

/**
 * Sign-in through the province's identity provider with OpenID Connect: authorization code with PKCE (S256),
 * state and nonce, kept server-side for OIDC_FLOW_SECONDS under a random id the browser holds in a cookie. The
 * provider's metadata comes from discovery (once; again after a failure).
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OIDC');
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'oidc'>,
    @Inject(OIDC_FLOW_STORE) private readonly flows: OidcFlowStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly organisation: OrganisationReadModel,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== undefined;
  }

  /** Starts a sign-in: the flow's id for the browser's cookie, and the provider's URL to send the browser to. */
  async begin(returnTo: string, requestOrigin: string): Promise<{ flowId: string; authorizationUrl: string }> {
    const settings = this.settings();
    const configuration = await this.discovered(settings);
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const redirectUrl = settings.redirectUrl ?? `${requestOrigin}${CALLBACK_PATH}`;
    const flowId = newOpaqueId();
    const now = this.clock.now();
    await this.flows.insert(
      flowId,
      { state, nonce, codeVerifier, redirectUrl, returnTo: safeReturnPath(returnTo) },
      new Date(now.getTime() + OIDC_FLOW_SECONDS * 1000),
      now,
    );
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUrl,
      response_type: 'code',
      scope: ['openid', ...settings.scopes].join(' '),
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { flowId, authorizationUrl: url.href };
  }

  /** Finishes a sign-in from the callback's query: the principal of the organisation's person, and where to go. */
  async complete(flowId: string | undefined, callbackQuery: string): Promise<{ principal: Principal; returnTo: string }> {
    const settings = this.settings();
    const flow = flowId === undefined ? undefined : await this.flows.take(flowId, this.clock.now());
    if (!flow) {
      throw new SignInRefusedError(
        400,
        'Lượt đăng nhập này không còn hiệu lực (quá hạn, đã dùng, hoặc bắt đầu ở trình duyệt khác): hãy đăng nhập lại.',
      );
    }
    const configuration = await this.discovered(settings);
    const callbackUrl = new URL(flow.redirectUrl);
    callbackUrl.search = callbackQuery;
    let claims: Record<string, unknown>;
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idClaims: Record<string, unknown> = { ...tokens.claims() };
      claims = idClaims;
      const missing = [settings.personClaim, settings.rolesClaim].some((name) => !(name in claims));
      if (missing && configuration.serverMetadata().userinfo_endpoint && typeof idClaims.sub === 'string') {
        const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...userInfo, ...idClaims };
      }
    } catch (error) {
      this.logger.warn(`sign-in refused by the provider or its answer: ${(error as Error).message}`);
      throw new SignInRefusedError(
        403,
        `Nhà cung cấp định danh không xác nhận lượt đăng nhập này (${(error as Error).message}): hãy đăng nhập lại.`,
      );
    }
    const today = localDateOfInstant(this.clock.now().getTime());
    const mapped = principalFromOidcClaims(claims, settings, this.organisation.current, today);
    if (!mapped.ok) throw new SignInRefusedError(403, mapped.detail);
    return { principal: mapped.principal, returnTo: flow.returnTo };
  }

  private settings(): OidcConfig {
    const settings = this.config.oidc;
    if (!settings) throw new SignInRefusedError(404, 'Dịch vụ chưa cấu hình đăng nhập qua nhà cung cấp định danh (OIDC_ISSUER).');
    return settings;
  }

  private async discovered(settings: OidcConfig): Promise<oidc.Configuration> {
    this.configuration ??= discover(settings);
    try {
      return await this.configuration;
    } catch (error) {
      this.configuration = undefined;
      this.logger.warn(`OIDC discovery at ${settings.issuer} failed: ${(error as Error).message}`);
      throw new SignInRefusedError(503, 'Không kết nối được nhà cung cấp định danh để đăng nhập; hãy thử lại sau ít phút.');
    }
  }
}

async function discover(settings: OidcConfig): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const authentication = settings.clientSecret === undefined ? oidc.None() : oidc.ClientSecretPost(settings.clientSecret);
  // Plain http is accepted for a provider on this machine only (tests, a local provider); config refuses it elsewhere.
  const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
  return oidc.discovery(issuer, settings.clientId, undefined, authentication, options);
}
