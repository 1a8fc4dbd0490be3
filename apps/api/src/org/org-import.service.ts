import { Inject, Injectable } from '@nestjs/common';
import { handleCommand, StreamConflictError } from '@lib/command-handling';
import { nameBasedUuid, present, type CommandContext, type Role } from '@lib/domain/core';
import { orgImportPartDecider, planOrgImport, type ImportMode, type OrganisationTimeline, type OrgImportReport } from '@lib/domain/org';
import type { EventStore, ImportOrigin, StoredEvent } from '@lib/event-store';
import { CLOCK, type Clock } from '../clock/clock';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { EVENT_STORE } from '../event-store/event-store.module';
import { ORG_EVENT_SCHEMA_VERSION, type OrgTrace } from './org-command.service';
import { OrgImportConflictError } from './org-import-conflict.error';
import { OrganisationReadModel } from './organisation.read-model';

/** What the import needs of the organisation: the live timeline and read-your-writes (the read model). */
export interface OrganisationSource {
  readonly current: OrganisationTimeline;
  waitFor(eventIds: ReadonlyArray<string>): Promise<void>;
}

export interface OrgImportRequest {
  format: 'csv' | 'json';
  content: string;
  mode: ImportMode;
  dryRun: boolean;
}

export type OrgImportTrace = OrgTrace & { roles: Role[] };

/**
 * An organisation file is one import batch, named after the command that loads it (a retry of the command is
 * the same batch). It writes no task, so it has no lifecycle stream: the deadline watcher never waits for it.
 */
export function orgImportOrigin(source: string, commandId: string): ImportOrigin {
  // A file name may hold any character; the metadata holds no control character.
  return { source: source.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 200), batchId: nameBasedUuid(`org-import|${commandId}`) };
}

export interface OrgImportOutcome {
  /** True when the file was accepted and written (possibly nothing new); false on a dry run or a refusal. */
  applied: boolean;
  accepted: boolean;
  dryRun: boolean;
  mode: ImportMode;
  format: 'csv' | 'json';
  rowCount: number;
  counts: OrgImportReport['counts'];
  issues: OrgImportReport['issues'];
  outcomes: OrgImportReport['outcomes'];
  eventsPlanned: number;
  eventsAppended: number;
}

const STREAM_READ_CONCURRENCY = 8;

/**
 * Plans an organisation file against the timeline and appends what it decides, stream by stream in the
 * plan's order, each run at that stream's expected version. Before appending, every stream the plan
 * writes is read from the store and the timeline made to hold those events, then the file is planned
 * again: the in-stream rules are thus decided on complete streams. A lost race re-plans from the start;
 * what was already written then shows as unchanged, so nothing is written twice.
 */
@Injectable()
export class OrgImportService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'clockSkewMs' | 'commandRetries'>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OrganisationReadModel) private readonly organisation: OrganisationSource,
  ) {}

  async run(request: OrgImportRequest, trace: OrgImportTrace): Promise<OrgImportOutcome> {
    const appendedIds: string[] = [];
    for (let attempt = 0; ; attempt++) {
      const streams = new Map<string, StoredEvent[]>();
      const now = this.clock.now().toISOString();
      let report = this.plan(request, trace, now);
      for (;;) {
        if (!report.accepted || request.dryRun || report.events.length === 0) {
          return outcomeOf(request, report, report.accepted && !request.dryRun, appendedIds.length);
        }
        const unread = [...new Set(report.events.map((entry) => entry.streamId))].filter((streamId) => !streams.has(streamId));
        if (unread.length === 0) break;
        await this.readStreams(unread, streams);
        await this.organisation.waitFor(unread.flatMap((streamId) => streams.get(streamId)!.map((event) => event.id)));
        report = this.plan(request, trace, now);
      }
      try {
        await this.append(report, streams, { ...trace, occurredAt: now }, appendedIds);
        await this.organisation.waitFor(appendedIds);
        return outcomeOf(request, report, true, appendedIds.length);
      } catch (error) {
        if (!(error instanceof StreamConflictError)) throw error;
        await this.organisation.waitFor(appendedIds);
        if (attempt >= this.config.commandRetries) {
          throw new OrgImportConflictError(error.streamId, attempt + 1, appendedIds.length);
        }
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  private plan(request: OrgImportRequest, trace: OrgImportTrace, now: string): OrgImportReport {
    const context: CommandContext = { actor: { ...trace.actor, roles: trace.roles }, occurredAt: now, now };
    return planOrgImport({ format: request.format, content: request.content }, this.organisation.current, {
      mode: request.mode,
      context,
      clockSkewMs: this.config.clockSkewMs,
    });
  }

  private async readStreams(streamIds: string[], into: Map<string, StoredEvent[]>): Promise<void> {
    for (let start = 0; start < streamIds.length; start += STREAM_READ_CONCURRENCY) {
      const slice = streamIds.slice(start, start + STREAM_READ_CONCURRENCY);
      const read = await Promise.all(slice.map((streamId) => this.store.readStream(streamId)));
      slice.forEach((streamId, index) => into.set(streamId, read[index]!));
    }
  }

  /**
   * Consecutive events of one stream are one part, written through the command handler on the version the
   * plan read; event ids name the position they are written at. A stream that moved on since is a conflict.
   */
  private async append(
    report: OrgImportReport,
    streams: Map<string, StoredEvent[]>,
    trace: OrgImportTrace & { occurredAt: string },
    appendedIds: string[],
  ): Promise<void> {
    const versions = new Map([...streams].map(([streamId, events]) => [streamId, events.length - 1]));
    const metadata = { ...trace, causationId: null, schemaVersion: ORG_EVENT_SCHEMA_VERSION };
    for (let start = 0; start < report.events.length;) {
      const streamId = present(report.events[start], 'planned event').streamId;
      let end = start;
      while (end < report.events.length && report.events[end]?.streamId === streamId) end++;
      const version = versions.get(streamId) ?? -1;
      const events = report.events.slice(start, end).map(({ event }) => event);
      const written = await handleCommand(
        this.store,
        orgImportPartDecider,
        streamId,
        { type: 'WriteImportPart', data: { streamId, events } },
        metadata,
        {
          retries: 0,
          replay: 'event-ids',
          expectedStreamVersion: version,
          eventId: (index) => nameBasedUuid(`${trace.actor.personId}|${trace.commandId}|${streamId}|${version + 1 + index}`),
        },
      );
      versions.set(streamId, written.streamVersion);
      if (!written.replayed) appendedIds.push(...written.events.map((event) => event.id));
      start = end;
    }
  }
}

function outcomeOf(request: OrgImportRequest, report: OrgImportReport, applied: boolean, eventsAppended: number): OrgImportOutcome {
  return {
    applied,
    accepted: report.accepted,
    dryRun: request.dryRun,
    mode: report.mode,
    format: request.format,
    rowCount: report.rowCount,
    counts: report.counts,
    issues: report.issues,
    outcomes: report.outcomes,
    eventsPlanned: report.events.length,
    eventsAppended,
  };
}
