import type { Checkpoint, EventStore } from '@lib/event-store';
import { IMPORT_STREAM_CATEGORY, importStreamId } from './import-batch.events';
import { evolveImportBatches, IMPORT_BATCHES_NONE, runningImports, type ImportBatches } from './import-batches';

const PAGE = 1000;

/** What one watch round knows of the imports. */
export interface ImportRound {
  /** Tasks declared by a running batch, with the batch. */
  readonly taskIds: ReadonlyMap<string, string>;
  /** Whether the batch runs at the round's instant (a batch without lifecycle never does). */
  isRunning(batchId: string): Promise<boolean>;
}

/**
 * The import batches as the log records them. Batches are discovered by reading the `import` streams in log
 * order, incrementally; a batch still open is then confirmed from its own stream, since the ordered read of
 * the log may lag behind a commit (it never passes a transaction still running) and a stream read does not:
 * a finish is seen at once. A batch named by an imported event but unknown here (loaded without a lifecycle)
 * is looked up in its own stream once per round, and never runs.
 */
export class ImportBatchesReader {
  private state: ImportBatches = IMPORT_BATCHES_NONE;
  private checkpoint: Checkpoint | undefined;
  private reading: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  async round(nowMs: number, staleMs: number): Promise<ImportRound> {
    // One reader at a time: concurrent rounds would fold the same page twice.
    const read = this.reading.then(() => this.catchUp());
    this.reading = read.catch(() => undefined);
    await read;
    for (const [batchId, batch] of this.state) if (!batch.finished) await this.refresh(batchId);
    const running = runningImports(this.state, nowMs, staleMs);
    const looked = new Set<string>();
    return {
      taskIds: running.taskIds,
      isRunning: async (batchId) => {
        if (running.batchIds.has(batchId)) return true;
        if (looked.has(batchId) || this.state.has(batchId)) return false;
        looked.add(batchId);
        await this.refresh(batchId);
        return runningImports(this.state, nowMs, staleMs).batchIds.has(batchId);
      },
    };
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({
        ...(this.checkpoint !== undefined ? { after: this.checkpoint } : {}),
        limit: PAGE,
        categories: [IMPORT_STREAM_CATEGORY],
      });
      for (const event of page) {
        this.state = evolveImportBatches(this.state, event);
        this.checkpoint = event.checkpoint;
      }
      if (page.length < PAGE) return;
    }
  }

  /** The batch as its own stream has it now. */
  private async refresh(batchId: string): Promise<void> {
    const folded = (await this.store.readStream(importStreamId(batchId))).reduce(evolveImportBatches, IMPORT_BATCHES_NONE).get(batchId);
    if (folded !== undefined) this.state = new Map(this.state).set(batchId, folded);
  }
}
