import type { LedgerEvent, NodeAddress, NodeBatchReader } from '@lib/ledger';
import { LEDGER_EVENT_COLUMNS, ledgerEventOf, readStoredNodes, type LedgerSql } from './ledger.query';

/** A place in the log order `(transaction_id, global_position)`, as text (xid8 does not fit a JS number). */
export interface LogCursor {
  transactionId: string;
  globalPosition: string;
}

/** An event of the log as its leaf encodes it, with its place in log order. */
export interface LogEntry {
  event: LedgerEvent;
  cursor: LogCursor;
}

/** A stored leaf as ledger_leaf holds it. */
export interface StoredLeaf {
  leafIndex: number;
  globalPosition: number;
  eventId: string;
  leafHash: Buffer;
}

/** A checkpoint row, as stored. */
export interface CheckpointRow {
  treeSize: number;
  rootHash: Buffer;
  note: string;
  publishedAt: string;
}

/**
 * The reads a verification makes, in plain SQL through the `LedgerSql` port: pages of the log in log order (the
 * order of `PostgresEventStore.readAll` and so of the projection), pages of leaves with the tree's size in the same
 * snapshot, the checkpoints in order of size, and the two look-ups that tell a deleted event from a moved one.
 */
export class LedgerVerificationReads {
  constructor(private readonly db: LedgerSql) {}

  /** The oldest transaction still running: events written before it are settled in log order. */
  async horizon(): Promise<string> {
    const [row] = await this.db.query<{ horizon: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon');
    return row!.horizon;
  }

  /** The stored tree's size and root as the projection last left them (size 0 when it has none). */
  async head(): Promise<{ size: number; rootHash: Buffer | null }> {
    const [row] = await this.db.query<{ tree_size: string; root_hash: Buffer }>('SELECT tree_size, root_hash FROM ledger_state');
    return row ? { size: Number(row.tree_size), rootHash: row.root_hash } : { size: 0, rootHash: null };
  }

  /** Up to `limit` events after `after` in log order, only those of transactions older than `horizon` if given. */
  async events(after: LogCursor | null, limit: number, horizon: string | null): Promise<LogEntry[]> {
    const rows = await this.db.query<EventPageRow>(
      `SELECT transaction_id::text AS transaction_id, ${LEDGER_EVENT_COLUMNS} FROM events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND ($3::xid8 IS NULL OR transaction_id < $3::xid8)
        ORDER BY events.transaction_id, events.global_position
        LIMIT $4`,
      [after?.transactionId ?? '0', after?.globalPosition ?? '0', horizon, limit],
    );
    return rows.map((row) => ({
      event: ledgerEventOf(row),
      cursor: { transactionId: row.transaction_id, globalPosition: row.global_position },
    }));
  }

  /**
   * The stored leaves [from, to) and the tree's size, read in one statement (one snapshot): a leaf absent below that
   * size was removed from the tree; a size below `to` means the tree was emptied (a rebuild) since the caller looked.
   */
  async leaves(from: number, to: number): Promise<{ leaves: Map<number, StoredLeaf>; treeSize: number }> {
    const rows = await this.db.query<{
      tree_size: string;
      leaf_index: string | null;
      global_position: string;
      event_id: string;
      leaf_hash: Buffer;
    }>(
      `SELECT s.tree_size, l.leaf_index, l.global_position, l.event_id, l.leaf_hash
         FROM (SELECT coalesce((SELECT tree_size FROM ledger_state), 0) AS tree_size) s
         LEFT JOIN LATERAL (
           SELECT leaf_index, global_position, event_id, leaf_hash FROM ledger_leaf WHERE leaf_index >= $1 AND leaf_index < $2
         ) l ON true
        ORDER BY l.leaf_index`,
      [from, to],
    );
    const leaves = new Map<number, StoredLeaf>();
    for (const row of rows) {
      if (row.leaf_index === null) continue;
      const leafIndex = Number(row.leaf_index);
      leaves.set(leafIndex, { leafIndex, globalPosition: Number(row.global_position), eventId: row.event_id, leafHash: row.leaf_hash });
    }
    return { leaves, treeSize: Number(rows[0]?.tree_size ?? 0) };
  }

  /** The checkpoints of sizes in (above, upTo], smallest first. */
  async checkpoints(above: number, upTo: number): Promise<CheckpointRow[]> {
    const rows = await this.db.query<CheckpointRowSql>(
      `SELECT tree_size, root_hash, note, published_at FROM ledger_checkpoint
        WHERE tree_size > $1 AND tree_size <= $2 ORDER BY tree_size`,
      [above, upTo],
    );
    return rows.map(checkpointOf);
  }

  /** How many checkpoints sign a tree larger than `size`, and the smallest of them. */
  async checkpointsAbove(size: number): Promise<{ count: number; first: CheckpointRow | null }> {
    const rows = await this.db.query<CheckpointRowSql & { count: string }>(
      `SELECT tree_size, root_hash, note, published_at, count(*) OVER () AS count FROM ledger_checkpoint
        WHERE tree_size > $1 ORDER BY tree_size LIMIT 1`,
      [size],
    );
    return rows[0] ? { count: Number(rows[0].count), first: checkpointOf(rows[0]) } : { count: 0, first: null };
  }

  /** The latest checkpoint, or null. */
  async latestCheckpoint(): Promise<CheckpointRow | null> {
    const rows = await this.db.query<CheckpointRowSql>(
      'SELECT tree_size, root_hash, note, published_at FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1',
    );
    return rows[0] ? checkpointOf(rows[0]) : null;
  }

  /** The stored perfect subtrees (level 0: leaves); a node not stored throws a `MissingNodeError`. */
  readonly nodes: NodeBatchReader = (addresses: readonly NodeAddress[]) => readStoredNodes(this.db, addresses);

  /** The global position of the event with this id, or null when the log no longer has it. */
  async eventPosition(eventId: string): Promise<number | null> {
    const [row] = await this.db.query<{ global_position: string }>('SELECT global_position FROM events WHERE event_id = $1', [eventId]);
    return row ? Number(row.global_position) : null;
  }

  /** The index of the leaf of the event with this id, or null when the tree has none. */
  async leafIndexOf(eventId: string): Promise<number | null> {
    const [row] = await this.db.query<{ leaf_index: string }>('SELECT leaf_index FROM ledger_leaf WHERE event_id = $1', [eventId]);
    return row ? Number(row.leaf_index) : null;
  }
}

type EventPageRow = Parameters<typeof ledgerEventOf>[0] & { transaction_id: string };

interface CheckpointRowSql {
  tree_size: string;
  root_hash: Buffer;
  note: string;
  published_at: Date;
}

function checkpointOf(row: CheckpointRowSql): CheckpointRow {
  return { treeSize: Number(row.tree_size), rootHash: row.root_hash, note: row.note, publishedAt: row.published_at.toISOString() };
}
