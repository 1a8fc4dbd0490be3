import { Inject, Injectable } from '@nestjs/common';
import { localDateOfInstant } from '@lib/domain/calendar';
import type { EventStore } from '@lib/event-store';
import type { AppConfig } from '@lib/service';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { APP_CONFIG } from '../database/database.tokens';
import { demoStateOf } from '../demo/demo-city.loader';
import { DEMO_PRINCIPALS } from '../demo/demo-principals';
import { EVENT_STORE } from '../event-store/event-store.module';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { ROLE_LABELS } from '../auth/role-labels';

export interface DemoPersonView {
  personId: string;
  name: string;
  unitId: string;
  unitName: string;
  roles: string[];
  roleLabel: string;
}

/**
 * One-click sign-in as a person of the demo city. Offered only when the demo city is in the log (the embedded
 * default, or DEMO_DATA=true), and then unless DEMO_SIGN_IN=false, or OIDC is configured without DEMO_SIGN_IN=true.
 */
@Injectable()
export class DemoSignInService {
  /** Once the demo is in the log it stays there: a positive answer is kept. */
  private demoPresent = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'demoSignIn' | 'oidc'>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly organisation: OrganisationReadModel,
  ) {}

  async allowed(): Promise<boolean> {
    const wanted = this.config.demoSignIn ?? this.config.oidc === undefined;
    if (!wanted) return false;
    if (!this.demoPresent) {
      const state = await demoStateOf(this.store);
      this.demoPresent = state.kind === 'loaded' || state.kind === 'partial';
    }
    return this.demoPresent;
  }

  people(): DemoPersonView[] {
    const organisation = this.organisation.current;
    const today = localDateOfInstant(this.clock.now().getTime());
    return DEMO_PRINCIPALS.map(({ principal }) => ({
      personId: principal.personId,
      name: organisation.person(principal.personId)?.fullName ?? principal.name ?? principal.personId,
      unitId: principal.unitId,
      unitName: organisation.unitAt(principal.unitId, today)?.name ?? principal.unitId,
      roles: [...principal.roles],
      roleLabel: principal.roles.map((role) => ROLE_LABELS[role]).join(', '),
    }));
  }

  principalOf(personId: string): Principal | undefined {
    return DEMO_PRINCIPALS.find(({ principal }) => principal.personId === personId)?.principal;
  }
}
