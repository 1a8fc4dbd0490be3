import type { Checkpoint, EventStore } from '@lib/event-store';
import { IMPORT_STREAM_CATEGORY } from './import-batch.events';
import { evolveImportBatches, IMPORT_BATCHES_NONE, runningImports, type ImportBatches, type RunningImports } from './import-batches';

const PAGE = 1000;

/** The import batches as the log records them, read incrementally (only the `import` streams). */
export class ImportBatchesReader {
  private state: ImportBatches = IMPORT_BATCHES_NONE;
  private checkpoint: Checkpoint | undefined;
  private reading: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: EventStore) {}

  async running(nowMs: number, staleMs: number): Promise<RunningImports> {
    // One reader at a time: concurrent rounds would fold the same page twice.
    const read = this.reading.then(() => this.catchUp());
    this.reading = read.catch(() => undefined);
    await read;
    return runningImports(this.state, nowMs, staleMs);
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll({ ...(this.checkpoint !== undefined ? { after: this.checkpoint } : {}), limit: PAGE, categories: [IMPORT_STREAM_CATEGORY] });
      for (const event of page) {
        this.state = evolveImportBatches(this.state, event);
        this.checkpoint = event.checkpoint;
      }
      if (page.length < PAGE) return;
    }
  }
}
