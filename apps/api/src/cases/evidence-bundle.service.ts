import { Inject, Injectable } from '@nestjs/common';
import { taskStreamId } from '@lib/domain/task';
import type { EventStore, StoredEvent } from '@lib/event-store';
import { EVIDENCE_BUNDLE_FORMAT, EVIDENCE_BUNDLE_VERSION, type BundleLedger } from '@lib/evidence-bundle';
import { CasesQuery, type CaseDetail } from '@lib/read-models/cases';
import { FindingsQuery, ResponsibilityQuery, type FindingDetail, type Responsibility } from '@lib/read-models/findings';
import { AssignedTaskNotFoundError, custodyView, OrganisationNames, TaskAsOfReader } from '@lib/read-models/task-custody';
import type { Principal } from '../auth/principal';
import { CLOCK, type Clock } from '../clock/clock';
import { EVENT_STORE } from '../event-store/event-store.module';
import { JurisdictionService } from '../jurisdiction/jurisdiction.service';
import { OrganisationReadModel } from '../org/organisation.read-model';
import { EvidenceLedgerService } from './evidence-ledger.service';
import { visibleCase } from './visible-case';

export interface TaskEvidence {
  taskId: string;
  /** The task's whole trail, in stream order, as stored. */
  events: StoredEvent[];
  /** Custody (holding intervals, status, hand-off measures) as of the bundle's `asOf`; null when the task was never assigned. */
  custody: unknown;
  /** Attribution of the delay (individual and supervisory) as of the bundle's `asOf`; null when the task was never assigned. */
  attribution: Responsibility | null;
}

export interface EvidenceBundle {
  format: typeof EVIDENCE_BUNDLE_FORMAT;
  version: typeof EVIDENCE_BUNDLE_VERSION;
  generatedAt: string;
  generatedBy: { personId: string; unitId: string };
  /** Custody and attribution are computed as of the proposal: the evidence the proposal relied on. */
  asOf: string;
  case: CaseDetail;
  caseEvents: StoredEvent[];
  findings: FindingDetail[];
  tasks: TaskEvidence[];
  /** The checkpoint and, for every event cited above, its canonical encoding and inclusion proof: checked offline by `npm run verify-bundle`. */
  ledger: BundleLedger;
}

/**
 * GET /cases/{id}/evidence-bundle: the case, its events, the cited findings with their evidence, and each task's
 * trail, custody and attribution, in one file, with the proofs that every event it cites is in the signed log.
 */
@Injectable()
export class EvidenceBundleService {
  constructor(
    private readonly cases: CasesQuery,
    private readonly findings: FindingsQuery,
    private readonly tasks: TaskAsOfReader,
    private readonly responsibility: ResponsibilityQuery,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
    private readonly organisation: OrganisationReadModel,
    private readonly ledger: EvidenceLedgerService,
  ) {}

  async bundle(principal: Principal, caseId: string): Promise<EvidenceBundle> {
    const { detail, events } = await visibleCase(this.cases, this.jurisdiction, principal, caseId);
    const asOf = new Date(detail.proposal.occurredAt).toISOString();
    const findings: FindingDetail[] = [];
    for (const finding of detail.findings) findings.push(await this.findings.detail(finding.findingId));
    const tasks: TaskEvidence[] = [];
    for (const taskId of [...new Set(detail.findings.map((finding) => finding.taskId))]) tasks.push(await this.taskEvidence(taskId, asOf));
    const readable = {
      format: EVIDENCE_BUNDLE_FORMAT,
      version: EVIDENCE_BUNDLE_VERSION,
      generatedAt: this.clock.now().toISOString(),
      generatedBy: { personId: principal.personId, unitId: principal.unitId },
      asOf,
      case: detail,
      caseEvents: events,
      findings,
      tasks,
    } as const;
    return { ...readable, ledger: await this.ledger.ledgerOf(readable) };
  }

  private async taskEvidence(taskId: string, asOf: string): Promise<TaskEvidence> {
    const events = await this.store.readStream(taskStreamId(taskId));
    try {
      const task = await this.tasks.assignedTask(taskId, asOf);
      return {
        taskId,
        events,
        custody: custodyView(task, new OrganisationNames(this.organisation.current)),
        attribution: await this.responsibility.responsibility(task, asOf),
      };
    } catch (error) {
      if (!(error instanceof AssignedTaskNotFoundError)) throw error;
      return { taskId, events, custody: null, attribution: null };
    }
  }
}
