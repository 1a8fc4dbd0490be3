import { randomBytes } from 'node:crypto';
import { DEMO_PRINCIPALS, resolveTokenKeys, TokenService, type Principal } from '../../apps/api/src/testing';
import { loadConfig } from '@lib/service';

/** The demo city's people the drills act as (apps/api/src/demo/demo-principals.ts). */
function demoPrincipal(role: Principal['roles'][number]): Principal {
  const found = DEMO_PRINCIPALS.find(({ principal }) => principal.roles.includes(role));
  if (!found) throw new Error(`no demo principal with the role ${role}`);
  return found.principal;
}

export const DRILL_PRINCIPALS = {
  /** Chánh Văn phòng UBND TP: assigns tasks to Sở Xây dựng. */
  chairman: demoPrincipal('office_chief'),
  /** Giám đốc Sở Xây dựng: comments on the tasks her unit leads. */
  binh: demoPrincipal('unit_head'),
  inspector: demoPrincipal('inspector'),
  homeAffairs: demoPrincipal('home_affairs'),
  admin: demoPrincipal('admin'),
} as const;

export type DrillRole = keyof typeof DRILL_PRINCIPALS;

/** The secret shared with the service under drill, and tokens signed with it as `npm run token` would. */
export class DrillTokens {
  readonly secret = randomBytes(32).toString('base64url');
  private readonly service: TokenService;
  private readonly tokens = new Map<DrillRole, string>();

  constructor() {
    const config = loadConfig({ JWT_SECRET: this.secret });
    this.service = new TokenService(resolveTokenKeys(config), config);
  }

  /** A one-hour token of one of the drill's people (minted once per run). */
  of(role: DrillRole): string {
    let token = this.tokens.get(role);
    if (!token) {
      token = this.service.mint(DRILL_PRINCIPALS[role], 3600);
      this.tokens.set(role, token);
    }
    return token;
  }
}
