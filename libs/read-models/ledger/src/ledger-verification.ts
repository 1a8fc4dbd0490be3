import {
  appendLeaves,
  emptyFrontier,
  frontierRootHash,
  leafHashOfEvent,
  NoteError,
  openCheckpoint,
  parseCheckpoint,
  parseNote,
  treeRootHash,
  type Checkpoint,
  type Frontier,
  type LedgerEvent,
  type NoteErrorCode,
  type NoteVerifier,
} from '@lib/ledger';
import { MissingNodeError, type LedgerSql } from './ledger.query';
import { LedgerVerificationReads, type CheckpointRow, type LogCursor, type LogEntry, type StoredLeaf } from './ledger-verification.reads';

/** An event as a verification names it. */
export interface LedgerEventSummary {
  id: string;
  globalPosition: number;
  streamId: string;
  streamVersion: number;
  type: string;
  recordedAt: string;
}

/**
 * Where the log and the stored tree part, at leaf `leafIndex` (the event's ordinal in log order):
 * - `altered`: the tree's event is there, but its content no longer hashes to the stored leaf (or can no longer be
 *   encoded canonically: `encodingError`);
 * - `missing`: the leaf names an event the log no longer has (deleted);
 * - `inserted`: the log has, at this place, an event that no leaf names;
 * - `moved`: the log has, at this place, an event whose leaf is elsewhere (the log order changed);
 * - `leaf-missing`: the stored tree has no leaf at this index although it is larger (a row of ledger_leaf removed).
 * Hashes are base64, as the API serves them.
 */
export type EventMismatch =
  | {
      kind: 'altered';
      leafIndex: number;
      event: LedgerEventSummary;
      storedLeafHash: string | null;
      logLeafHash: string | null;
      encodingError?: string;
    }
  | { kind: 'missing'; leafIndex: number; eventId: string; globalPosition: number }
  | { kind: 'inserted'; leafIndex: number; event: LedgerEventSummary; treeEventId: string }
  | { kind: 'moved'; leafIndex: number; event: LedgerEventSummary; treeEventId: string; eventLeafIndex: number }
  | { kind: 'leaf-missing'; leafIndex: number; treeSize: number };

/**
 * A stored checkpoint that the log no longer bears out:
 * - `root`: signed, but its root is not the root of the log's first `treeSize` events hashed again;
 * - `signature`: its note does not open with the log's key (forged, edited, another key or origin);
 * - `row`: the note is fine but the row's tree_size or root_hash columns say something else;
 * - `beyond-log`: it signs more events than the log now has.
 */
export type CheckpointMismatch =
  | { kind: 'root'; treeSize: number; publishedAt: string; signedRoot: string; logRoot: string }
  | { kind: 'signature'; treeSize: number; publishedAt: string; reason: NoteErrorCode; detail: string }
  | { kind: 'row'; treeSize: number; publishedAt: string }
  | { kind: 'beyond-log'; treeSize: number; publishedAt: string; logSize: number };

/**
 * The stored tree disagrees with what it stands for: its head (ledger_state) is not the root of the log hashed again
 * (`head`), or its stored nodes do not give the latest checkpoint's root (`nodes`; `storedRoot` null: a node is
 * missing). The tree is a projection: `npm run rebuild -- ledger` makes it again from the log.
 */
export type TreeMismatch =
  | { kind: 'head'; treeSize: number; storedRoot: string; logRoot: string }
  | { kind: 'nodes'; treeSize: number; checkpointRoot: string; storedRoot: string | null };

export interface LedgerVerificationReport {
  /** True when nothing below was found. */
  intact: boolean;
  /** Events of the log hashed again, from its start, in log order. */
  eventsChecked: number;
  /** The last leaf compared with the log and the position of its event (null before the first). */
  verifiedUpTo: { leafIndex: number; globalPosition: number } | null;
  /** The stored tree's size when the last run began. */
  treeSize: number;
  /** Events of the log not yet in the tree (the projection catching up): not an error. Known only walking the whole log. */
  behind: number;
  /** Checkpoints whose signature and root were checked (those that failed included). */
  checkpointsChecked: number;
  /** False when no verifier key was given: the checkpoints' roots were checked, not who signed them. */
  signaturesChecked: boolean;
  latestCheckpoint: { treeSize: number; publishedAt: string } | null;
  /** The first place where the log and the tree part, and how many events were found altered in all. */
  eventMismatch: EventMismatch | null;
  alteredEvents: number;
  /** The first checkpoint the log no longer bears out, and how many in all. */
  checkpointMismatch: CheckpointMismatch | null;
  checkpointMismatches: number;
  treeMismatch: TreeMismatch | null;
  /** Set when the last run stopped because the tree was being rebuilt (it went on from where it was, next time). */
  interrupted: 'tree-rebuilt' | null;
}

export interface LedgerVerifierOptions {
  /** The log's key: each checkpoint must carry its signature. Without it only the roots are checked. */
  verifier?: NoteVerifier;
  /** Events read (and leaves compared) per round trip; memory stays in proportion to it. Default 2000. */
  pageSize?: number;
  /** Called after each page. */
  onProgress?: (progress: { eventsChecked: number; treeSize: number }) => void;
}

/**
 * `tree`: up to the stored tree's size (the periodic check, which goes on from where it stopped last time);
 * `log`: the whole log as settled when the run began, events not yet in the tree included (`npm run verify`).
 */
export type VerificationScope = 'tree' | 'log';

/**
 * Checks the stored tree and the signed checkpoints against the log, without trusting any stored hash: it reads the
 * log in log order, hashes every event again (the canonical leaf), compares each with the stored leaf at the same
 * index, and folds the hashes into a tree of its own (RFC 9162, with `appendLeaves`) whose root it compares, at each
 * checkpoint's size, with the signed root, and at the stored tree's size with the stored head. It also checks the
 * latest checkpoint's root against the stored perfect subtrees (what proofs are made of).
 *
 * Bounded memory: one page of events and leaves, and the tree's right edge (at most 53 hashes). Every root is the
 * root of a prefix of the same sequence, so checkpoints that all match are consistent with one another (each later
 * one extends the earlier), which is what a consistency proof would show.
 *
 * The state is kept between runs: a later `run('tree')` hashes only the events past the last one checked. Once the
 * log and the tree part (an event deleted, inserted or moved) the walk stops there for good; an altered event is
 * counted and the walk goes on (its new hash then fails every later checkpoint, which is the evidence).
 */
export class LedgerVerifier {
  private readonly reads: LedgerVerificationReads;
  private readonly pageSize: number;
  private frontier: Frontier = emptyFrontier();
  private cursor: LogCursor | null = null;
  private lastLeaf: { leafIndex: number; globalPosition: number } | null = null;
  private checkedCheckpointSize = -1;
  private checkpointsChecked = 0;
  private eventMismatch: EventMismatch | null = null;
  private alteredEvents = 0;
  private stopped = false;
  private checkpointMismatch: CheckpointMismatch | null = null;
  private checkpointMismatches = 0;
  private treeMismatch: TreeMismatch | null = null;
  private treeSize = 0;
  private behind = 0;
  private latestCheckpoint: CheckpointRow | null = null;
  private interrupted: 'tree-rebuilt' | null = null;

  constructor(
    db: LedgerSql,
    private readonly options: LedgerVerifierOptions = {},
  ) {
    this.reads = new LedgerVerificationReads(db);
    this.pageSize = Math.max(1, Math.trunc(options.pageSize ?? 2000));
  }

  /** Events hashed so far: the index of the next leaf. */
  get position(): number {
    return this.frontier.size;
  }

  /**
   * Goes on from where the last run stopped. `maxEvents`: hash at most this many events this time (a slice of a
   * long walk, for a background check that must not hog the process).
   */
  async run(scope: VerificationScope, limits: { maxEvents?: number } = {}): Promise<LedgerVerificationReport> {
    const head = await this.reads.head();
    this.treeSize = head.size;
    this.interrupted = null;
    if (!this.stopped) await this.walk(scope, head, limits.maxEvents ?? Number.MAX_SAFE_INTEGER);
    this.latestCheckpoint = await this.reads.latestCheckpoint();
    await this.checkStoredNodes(this.latestCheckpoint, head.size);
    return this.report();
  }

  report(): LedgerVerificationReport {
    return {
      intact: this.eventMismatch === null && this.checkpointMismatch === null && this.treeMismatch === null,
      eventsChecked: this.position,
      verifiedUpTo: this.lastLeaf,
      treeSize: this.treeSize,
      behind: this.behind,
      checkpointsChecked: this.checkpointsChecked,
      signaturesChecked: this.options.verifier !== undefined,
      latestCheckpoint: this.latestCheckpoint
        ? { treeSize: this.latestCheckpoint.treeSize, publishedAt: this.latestCheckpoint.publishedAt }
        : null,
      eventMismatch: this.eventMismatch,
      alteredEvents: this.alteredEvents,
      checkpointMismatch: this.checkpointMismatch,
      checkpointMismatches: this.checkpointMismatches,
      treeMismatch: this.treeMismatch,
      interrupted: this.interrupted,
    };
  }

  private async walk(scope: VerificationScope, head: { size: number; rootHash: Buffer | null }, maxEvents: number): Promise<void> {
    if (scope === 'tree' && this.position > head.size) {
      this.interrupted = 'tree-rebuilt';
      return;
    }
    const horizon = scope === 'log' ? await this.reads.horizon() : null;
    const end = Math.min(scope === 'tree' ? head.size : Number.MAX_SAFE_INTEGER, this.position + maxEvents);
    // A checkpoint of the size reached so far (the empty tree's, or one stored after the last run passed its size).
    if (this.checkedCheckpointSize < this.position)
      for (const checkpoint of await this.reads.checkpoints(this.position - 1, this.position))
        this.checkCheckpoint(checkpoint, frontierRootHash(this.frontier));

    let logEnded = false;
    while (!this.stopped && this.interrupted === null) {
      const want = Math.min(this.pageSize, end - this.position);
      if (want <= 0) break;
      const page = await this.reads.events(this.cursor, want, horizon);
      await this.walkPage(page, head);
      this.options.onProgress?.({ eventsChecked: this.position, treeSize: head.size });
      logEnded = page.length < want;
      if (logEnded) break;
    }
    if (this.stopped || this.interrupted !== null || !logEnded) return;
    if (this.position < head.size) await this.leafWithoutEvent(this.position);
    if (scope === 'log' && !this.stopped && this.interrupted === null) {
      this.behind = Math.max(0, this.position - head.size);
      const above = await this.reads.checkpointsAbove(this.position);
      if (above.first) {
        this.checkpointsChecked += above.count;
        this.checkpointMismatches += above.count - 1;
        this.checkpointFailed({
          kind: 'beyond-log',
          treeSize: above.first.treeSize,
          publishedAt: above.first.publishedAt,
          logSize: this.position,
        });
      }
    }
  }

  /** Compares one page of the log with the leaves at the same indices, and checks the checkpoints it completes. */
  private async walkPage(page: readonly LogEntry[], head: { size: number; rootHash: Buffer | null }): Promise<void> {
    if (page.length === 0) return;
    const from = this.position;
    const leafEnd = Math.min(from + page.length, head.size);
    const stored = from < leafEnd ? await this.reads.leaves(from, leafEnd) : null;
    const checkpoints = new Map((await this.reads.checkpoints(from, from + page.length)).map((c) => [c.treeSize, c]));
    let segment: Buffer[] = [];
    const flush = (): Buffer => {
      const appended = appendLeaves(this.frontier, segment);
      this.frontier = appended.frontier;
      segment = [];
      return appended.rootHash;
    };
    for (const entry of page) {
      const index = this.position + segment.length;
      let leaf: StoredLeaf | undefined;
      if (stored && index < leafEnd) {
        leaf = stored.leaves.get(index);
        if (!leaf) {
          if (stored.treeSize < leafEnd) this.interrupted = 'tree-rebuilt';
          else this.stop({ kind: 'leaf-missing', leafIndex: index, treeSize: stored.treeSize });
          break;
        }
        if (leaf.eventId !== entry.event.id) {
          await this.misplaced(index, leaf, entry.event);
          break;
        }
      }
      let hash: Buffer;
      try {
        hash = leafHashOfEvent(entry.event);
      } catch (error) {
        // Not encodable canonically: the projection could never have hashed it so; nothing can stand for it in the tree.
        this.alteredEvents++;
        this.stop({
          kind: 'altered',
          leafIndex: index,
          event: summaryOf(entry.event),
          storedLeafHash: leaf?.leafHash.toString('base64') ?? null,
          logLeafHash: null,
          encodingError: (error as Error).message,
        });
        break;
      }
      if (leaf) {
        if (!leaf.leafHash.equals(hash)) {
          this.alteredEvents++;
          this.eventMismatch ??= {
            kind: 'altered',
            leafIndex: index,
            event: summaryOf(entry.event),
            storedLeafHash: leaf.leafHash.toString('base64'),
            logLeafHash: hash.toString('base64'),
          };
        }
        this.lastLeaf = { leafIndex: index, globalPosition: entry.event.globalPosition };
      }
      segment.push(hash);
      this.cursor = entry.cursor;
      const size = index + 1;
      const checkpoint = checkpoints.get(size);
      if (checkpoint || size === head.size) {
        const root = flush();
        if (checkpoint) this.checkCheckpoint(checkpoint, root);
        // After an altered event the roots differ for that reason, already reported.
        if (size === head.size && head.rootHash && !head.rootHash.equals(root) && this.alteredEvents === 0)
          this.treeMismatch ??= {
            kind: 'head',
            treeSize: size,
            storedRoot: head.rootHash.toString('base64'),
            logRoot: root.toString('base64'),
          };
      }
    }
    if (segment.length > 0) flush();
  }

  /** The log's event at `index` is not the one the tree has there: deleted, inserted or moved. */
  private async misplaced(index: number, leaf: StoredLeaf, event: LedgerEvent): Promise<void> {
    if ((await this.reads.eventPosition(leaf.eventId)) === null) {
      this.stop({ kind: 'missing', leafIndex: index, eventId: leaf.eventId, globalPosition: leaf.globalPosition });
      return;
    }
    const eventLeafIndex = await this.reads.leafIndexOf(event.id);
    this.stop(
      eventLeafIndex === null
        ? { kind: 'inserted', leafIndex: index, event: summaryOf(event), treeEventId: leaf.eventId }
        : { kind: 'moved', leafIndex: index, event: summaryOf(event), treeEventId: leaf.eventId, eventLeafIndex },
    );
  }

  /** The log ended before the tree did: the first leaf beyond it names an event the log no longer has. */
  private async leafWithoutEvent(index: number): Promise<void> {
    const { leaves, treeSize } = await this.reads.leaves(index, index + 1);
    const leaf = leaves.get(index);
    if (!leaf) {
      if (treeSize <= index) this.interrupted = 'tree-rebuilt';
      else this.stop({ kind: 'leaf-missing', leafIndex: index, treeSize });
      return;
    }
    if ((await this.reads.eventPosition(leaf.eventId)) === null)
      this.stop({ kind: 'missing', leafIndex: index, eventId: leaf.eventId, globalPosition: leaf.globalPosition });
  }

  private checkCheckpoint(row: CheckpointRow, logRoot: Buffer): void {
    this.checkpointsChecked++;
    this.checkedCheckpointSize = Math.max(this.checkedCheckpointSize, row.treeSize);
    let signed: Checkpoint;
    try {
      signed = this.options.verifier
        ? openCheckpoint(row.note, { log: this.options.verifier }).checkpoint
        : parseCheckpoint(parseNote(row.note).text);
    } catch (error) {
      const reason: NoteErrorCode = error instanceof NoteError ? error.code : 'malformed-note';
      this.checkpointFailed({
        kind: 'signature',
        treeSize: row.treeSize,
        publishedAt: row.publishedAt,
        reason,
        detail: (error as Error).message,
      });
      return;
    }
    if (signed.size !== row.treeSize || !signed.rootHash.equals(row.rootHash))
      this.checkpointFailed({ kind: 'row', treeSize: row.treeSize, publishedAt: row.publishedAt });
    else if (!signed.rootHash.equals(logRoot))
      this.checkpointFailed({
        kind: 'root',
        treeSize: row.treeSize,
        publishedAt: row.publishedAt,
        signedRoot: signed.rootHash.toString('base64'),
        logRoot: logRoot.toString('base64'),
      });
  }

  /**
   * The latest checkpoint's root from the stored perfect subtrees, as every proof is made: a tree edited in place
   * gives proofs that fail. A node missing because a rebuild emptied the tree meanwhile is not a finding.
   */
  private async checkStoredNodes(latest: CheckpointRow | null, treeSize: number): Promise<void> {
    if (!latest || latest.treeSize > treeSize || this.treeMismatch) return;
    let storedRoot: Buffer | null;
    try {
      storedRoot = await treeRootHash(this.reads.nodes, latest.treeSize);
    } catch (error) {
      if (!(error instanceof MissingNodeError)) throw error;
      if ((await this.reads.head()).size < latest.treeSize) return;
      storedRoot = null;
    }
    if (storedRoot === null || !storedRoot.equals(latest.rootHash))
      this.treeMismatch = {
        kind: 'nodes',
        treeSize: latest.treeSize,
        checkpointRoot: latest.rootHash.toString('base64'),
        storedRoot: storedRoot?.toString('base64') ?? null,
      };
  }

  private stop(mismatch: EventMismatch): void {
    this.stopped = true;
    this.eventMismatch ??= mismatch;
  }

  private checkpointFailed(mismatch: CheckpointMismatch): void {
    this.checkpointMismatches++;
    this.checkpointMismatch ??= mismatch;
  }
}

function summaryOf(event: LedgerEvent): LedgerEventSummary {
  return {
    id: event.id,
    globalPosition: event.globalPosition,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    recordedAt: event.recordedAt,
  };
}
