import type { Pool } from 'pg';
import { signCheckpoint, type NoteSigner } from '@lib/ledger';
import { messageOf } from '@lib/database';

export interface CheckpointPublisherOptions {
  pool: Pool;
  /** The log's key; its name is the checkpoints' origin (C2SP tlog-checkpoint). */
  signer: NoteSigner;
  /** How often to look for growth, in ms (0: only when `publishOnce` is called). */
  intervalMs: number;
  log: (line: string) => void;
  /** Called after each new checkpoint is stored (witnesses are asked to cosign it). */
  onPublished?: (checkpoint: PublishedCheckpoint) => Promise<void>;
}

export interface PublishedCheckpoint {
  treeSize: number;
  rootHash: Buffer;
  note: string;
}

/**
 * Signs and stores a checkpoint of the tree whenever it has grown since the last one, every few seconds. Several
 * processes may run one: a transaction-scoped advisory lock makes them take turns, and a checkpoint is stored only
 * for a size larger than every stored one, so ledger_checkpoint only grows in both rows and size.
 */
export class CheckpointPublisher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: CheckpointPublisherOptions) {}

  start(): void {
    if (this.options.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      this.running = this.publishOnce().catch((error: unknown) =>
        this.options.log(`ledger checkpoint not published this time (tried again in ${this.options.intervalMs} ms): ${messageOf(error)}`),
      );
    }, this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Signs and stores a checkpoint of the current tree if it is larger than the last; returns it, or null. */
  async publishOnce(): Promise<PublishedCheckpoint | null> {
    const client = await this.options.pool.connect();
    let broken: Error | undefined;
    const onError = (error: Error): void => void (broken = error);
    client.on('error', onError);
    let published: PublishedCheckpoint | null = null;
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('ledger_checkpoint'))`);
      const { rows } = await client.query<{ tree_size: string; root_hash: Buffer; last: string | null }>(
        `SELECT s.tree_size, s.root_hash, (SELECT max(tree_size) FROM ledger_checkpoint) AS last FROM ledger_state s`,
      );
      const state = rows[0];
      if (state && Number(state.tree_size) > Number(state.last ?? -1)) {
        const treeSize = Number(state.tree_size);
        const note = signCheckpoint(
          { origin: this.options.signer.name, size: treeSize, rootHash: state.root_hash, extensions: [] },
          this.options.signer,
        );
        await client.query('INSERT INTO ledger_checkpoint (tree_size, root_hash, note) VALUES ($1, $2, $3)', [
          treeSize,
          state.root_hash,
          note,
        ]);
        published = { treeSize, rootHash: state.root_hash, note };
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
    // The checkpoint is stored: whatever befalls the hook (witnesses asked to cosign it), it stays published.
    if (published && this.options.onPublished)
      await this.options
        .onPublished(published)
        .catch((error: unknown) =>
          this.options.log(
            `checkpoint ${published.treeSize} đã được ký và lưu, nhưng việc xin chữ ký đồng xác nhận gặp lỗi: ${messageOf(error)}`,
          ),
        );
    return published;
  }
}
