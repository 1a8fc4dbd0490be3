import { Inject, Injectable } from '@nestjs/common';
import { localDateOf, type LocalDate } from '@lib/domain/calendar';
import {
  checkLimitation,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  formRestrictionFor,
  limitationWarnings,
  type CaseWarning,
  type DisciplineForm,
  type FormRestriction,
  type LimitationCheck,
} from '@lib/domain/discipline';
import { FindingsQuery } from '@lib/read-models/findings';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { CasePersonNotFoundError } from './case-command.errors';
import type { CaseOptionsQuery } from './cases.params';
import { standingOn } from './case-subject';

/** One form of discipline for this person on that day: whether it may be applied, and the chosen findings' limitation under it. */
export interface CaseFormOption {
  form: DisciplineForm;
  label: string;
  /** Why it cannot be applied to this person, or null when it can. */
  restriction: FormRestriction | null;
  limitation: LimitationCheck[];
  warnings: CaseWarning[];
}

export interface CaseOptions {
  personId: string;
  on: LocalDate;
  holdsLeadership: boolean;
  electedCadre: boolean;
  forms: CaseFormOption[];
}

/** GET /cases/options: what a proposal would meet, from the organisation and the domain's rules (nothing is written). */
@Injectable()
export class CaseOptionsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly findings: FindingsQuery,
    private readonly organisation: OrganisationReadModel,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  async options(principal: Principal, query: CaseOptionsQuery): Promise<CaseOptions> {
    const organisation = this.organisation.current;
    if (!organisation.hasPerson(query.personId)) throw new CasePersonNotFoundError(query.personId);
    this.jurisdiction.assertPersonVisible(principal, query.personId);
    const on = query.on ?? localDateOf(this.clock.now().toISOString());
    const { holdsLeadership } = standingOn(organisation, query.personId, on);
    const cited: Array<{ findingId: string; on: LocalDate }> = [];
    for (const findingId of query.findingIds) {
      const row = await this.findings.row(findingId);
      cited.push({ findingId: row.findingId, on: row.body.on });
    }
    const standing = { holdsLeadership, electedCadre: query.electedCadre };
    return {
      personId: query.personId,
      on,
      holdsLeadership,
      electedCadre: query.electedCadre,
      forms: DISCIPLINE_FORMS.map((form) => {
        const limitation = checkLimitation(cited, form, on);
        return {
          form,
          label: DISCIPLINE_FORM_LABELS[form],
          restriction: formRestrictionFor(form, standing),
          limitation,
          warnings: limitationWarnings(limitation, form),
        };
      }),
    };
  }
}
