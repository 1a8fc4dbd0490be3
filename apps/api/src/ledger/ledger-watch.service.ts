import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NoteVerifier } from '@lib/ledger';
import {
  describeCheckpointMismatch,
  describeEventMismatch,
  describeTreeMismatch,
  LedgerVerifier,
  type LedgerSql,
  type LedgerVerificationReport,
} from '@lib/read-models/ledger';
import type { AppConfig } from '@lib/service';
import { APP_CONFIG } from '../database/database.tokens';
import { LedgerReader } from './ledger.reader';

/** Events the background sweep hashes again per round, from the start of the log, after the new ones. */
const SWEEP_EVENTS_PER_ROUND = 10_000;
/** Events per page (one round trip, and the longest stretch of hashing between two awaits). */
const PAGE_SIZE = 1_000;

/** What the last rounds found, for `/health`. */
export interface LedgerWatchStatus {
  /** `off`: LEDGER_VERIFY_MS=0; `pending`: no round finished yet; `retrying`: the last round failed (a database error). */
  state: 'off' | 'pending' | 'verified' | 'mismatch' | 'retrying';
  /** The last leaf of the stored tree checked against the log (and the event's global position). */
  verifiedUpTo: { leafIndex: number; globalPosition: number } | null;
  /** How far the sweep that checks the older events again has come in its current pass, and how many passes it finished. */
  sweep: { eventsChecked: number; passes: number };
  lastRoundAt: string | null;
  /** The first mismatch found, in Vietnamese (`message`) and in detail. */
  mismatch: LedgerMismatch | null;
  error: string | null;
}

export interface LedgerMismatch {
  message: string;
  event: LedgerVerificationReport['eventMismatch'];
  alteredEvents: number;
  checkpoint: LedgerVerificationReport['checkpointMismatch'];
  checkpointMismatches: number;
  tree: LedgerVerificationReport['treeMismatch'];
}

/**
 * The periodic check of the ledger, every LEDGER_VERIFY_MS, in every API instance (each answers its own `/health`;
 * the projector app has no HTTP, and a result stored in the database would be one more row an intruder could edit).
 * Each round hashes again the events the stored tree gained since the last round and compares them with their leaves
 * and with the checkpoints signed meanwhile, checks the latest checkpoint's root against the stored tree, and goes
 * on with a sweep over the older events (SWEEP_EVENTS_PER_ROUND a round, from the start of the log again once it
 * has reached the head): an event edited after it was first checked is found within a pass. A mismatch stays
 * reported until the process restarts: it is evidence, and repairing the data does not erase that it was changed.
 */
@Injectable()
export class LedgerWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LedgerWatch');
  private readonly sql: LedgerSql;
  private readonly verifier: NoteVerifier | undefined;
  private head: LedgerVerifier;
  private sweep: LedgerVerifier;
  private sweepPasses = 0;
  private headReport: LedgerVerificationReport | null = null;
  private sweepReport: LedgerVerificationReport | null = null;
  private lastRoundAt: string | null = null;
  private lastError: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    reader: LedgerReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sql = reader.sql;
    this.verifier = reader.verifier;
    this.head = this.newVerifier();
    this.sweep = this.newVerifier();
  }

  /** Whether checkpoints are verified with the log's key (false: only their roots are compared). */
  get checksSignatures(): boolean {
    return this.verifier !== undefined;
  }

  onApplicationBootstrap(): void {
    const interval = this.config.ledgerVerifyMs;
    if (interval === 0) return;
    const tick = (): void => {
      if (this.stopped) return;
      this.runOnce()
        .catch(() => undefined)
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, interval);
        });
    };
    this.timer = setTimeout(tick, Math.min(interval, 5_000));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.queue;
  }

  /** One round (rounds never overlap: a call waits for the one under way). A database error is kept for `/health` and rethrown. */
  runOnce(): Promise<LedgerWatchStatus> {
    const round = this.queue.then(() => this.round());
    this.queue = round.catch(() => undefined);
    return round;
  }

  status(): LedgerWatchStatus {
    const mismatch = this.mismatch();
    const state =
      this.config.ledgerVerifyMs === 0 && this.lastRoundAt === null
        ? 'off'
        : mismatch
          ? 'mismatch'
          : this.lastError
            ? 'retrying'
            : this.lastRoundAt === null
              ? 'pending'
              : 'verified';
    return {
      state,
      verifiedUpTo: this.headReport?.verifiedUpTo ?? null,
      sweep: { eventsChecked: this.sweepReport?.eventsChecked ?? 0, passes: this.sweepPasses },
      lastRoundAt: this.lastRoundAt,
      mismatch,
      error: this.lastError,
    };
  }

  private async round(): Promise<LedgerWatchStatus> {
    const hadMismatch = this.mismatch() !== null;
    try {
      this.headReport = await this.head.run('tree');
      if (this.sweepReport && this.sweepReport.intact && this.sweepReport.eventsChecked >= this.sweepReport.treeSize) {
        this.sweep = this.newVerifier();
        this.sweepPasses++;
      }
      this.sweepReport = await this.sweep.run('tree', { maxEvents: SWEEP_EVENTS_PER_ROUND });
      if (this.lastError) this.logger.log('ledger check resumed');
      this.lastError = null;
      this.lastRoundAt = new Date().toISOString();
    } catch (error) {
      if (!this.lastError) this.logger.warn(`ledger check failed, retrying: ${(error as Error).message}`);
      this.lastError = (error as Error).message;
      throw error;
    }
    const mismatch = this.mismatch();
    if (mismatch && !hadMismatch) this.logger.error(`PHÁT HIỆN SAI LỆCH trong sổ cái: ${mismatch.message}`);
    return this.status();
  }

  /** The first finding of either walk, the head's first. */
  private mismatch(): LedgerMismatch | null {
    const report = [this.headReport, this.sweepReport].find((r) => r && !r.intact);
    if (!report) return null;
    const message = report.eventMismatch
      ? describeEventMismatch(report.eventMismatch)
      : report.checkpointMismatch
        ? describeCheckpointMismatch(report.checkpointMismatch)
        : describeTreeMismatch(report.treeMismatch!);
    return {
      message,
      event: report.eventMismatch,
      alteredEvents: report.alteredEvents,
      checkpoint: report.checkpointMismatch,
      checkpointMismatches: report.checkpointMismatches,
      tree: report.treeMismatch,
    };
  }

  private newVerifier(): LedgerVerifier {
    return new LedgerVerifier(this.sql, { ...(this.verifier ? { verifier: this.verifier } : {}), pageSize: PAGE_SIZE });
  }
}
