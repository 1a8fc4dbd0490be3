import { consistencyProof, inclusionProof, treeRootHash, type LedgerEvent, type NodeAddress, type NodeBatchReader } from '@lib/ledger';

/** Plain SQL, as the API's pool or a verifier's connection runs it. */
export interface LedgerSql {
  query<Row = Record<string, unknown>>(sql: string, params?: ReadonlyArray<unknown>): Promise<Row[]>;
}

/** The tree as the projection last left it. */
export interface LedgerHead {
  size: number;
  rootHash: Buffer;
}

/** Where an event sits in the tree. */
export interface LedgerLeaf {
  leafIndex: number;
  globalPosition: number;
  eventId: string;
  leafHash: Buffer;
}

/** A signed checkpoint as stored, with the cosignature lines witnesses returned for it. */
export interface StoredCheckpoint {
  treeSize: number;
  rootHash: Buffer;
  /** The signed note, as signed by the log (C2SP signed-note). */
  note: string;
  publishedAt: string;
  /** Witnesses' cosignature lines ("— <witness> <base64>"), to append to the note. */
  cosignatures: string[];
}

/** A perfect subtree the stored tree should have and has not. */
export class MissingNodeError extends Error {
  constructor(readonly address: NodeAddress) {
    super(`ledger node ${address.level}/${address.index} is not stored`);
  }
}

/**
 * The stored hashes of these perfect subtrees (level 0: the leaves, from ledger_leaf; above, ledger_node), in the
 * order asked, in one query; a node not stored throws a `MissingNodeError` (a database error stays what it is).
 */
export async function readStoredNodes(db: LedgerSql, addresses: readonly NodeAddress[]): Promise<Buffer[]> {
  if (addresses.length === 0) return [];
  const rows = await db.query<{ hash: Buffer | null }>(
    `SELECT coalesce(l.leaf_hash, n.hash) AS hash
       FROM unnest($1::smallint[], $2::bigint[]) WITH ORDINALITY AS a(level, node_index, ord)
       LEFT JOIN ledger_leaf l ON a.level = 0 AND l.leaf_index = a.node_index
       LEFT JOIN ledger_node n ON a.level > 0 AND n.level = a.level AND n.node_index = a.node_index
      ORDER BY a.ord`,
    [addresses.map((address) => address.level), addresses.map((address) => address.index)],
  );
  return rows.map((row, i) => {
    if (row.hash === null) throw new MissingNodeError(addresses[i]!);
    return row.hash;
  });
}

/** A tree size the stored tree does not reach, or a request that names none. */
export class LedgerRangeError extends Error {}

/**
 * Reads the stored tree (ledger_leaf, ledger_node, ledger_state) and the checkpoints, and computes proofs from the
 * stored perfect subtrees: one batched read per proof.
 */
export class LedgerQuery {
  constructor(private readonly db: LedgerSql) {}

  async head(): Promise<LedgerHead> {
    const [row] = await this.db.query<{ tree_size: string; root_hash: Buffer }>('SELECT tree_size, root_hash FROM ledger_state');
    return row ? { size: Number(row.tree_size), rootHash: row.root_hash } : { size: 0, rootHash: await treeRootHash(this.nodes, 0) };
  }

  /** The stored hashes of these perfect subtrees (level 0: the leaves), in the order asked. */
  readonly nodes: NodeBatchReader = (addresses: readonly NodeAddress[]) => readStoredNodes(this.db, addresses);

  async leafOfEvent(eventId: string): Promise<LedgerLeaf | null> {
    const [row] = await this.db.query<{ leaf_index: string; global_position: string; event_id: string; leaf_hash: Buffer }>(
      'SELECT leaf_index, global_position, event_id, leaf_hash FROM ledger_leaf WHERE event_id = $1',
      [eventId],
    );
    return row
      ? { leafIndex: Number(row.leaf_index), globalPosition: Number(row.global_position), eventId: row.event_id, leafHash: row.leaf_hash }
      : null;
  }

  /**
   * The event as the log holds it now, in the fields its leaf encodes (recordedAt as the store serves it, to the
   * millisecond): what a verifier hashes again to compare with the stored leaf.
   */
  async storedEvent(eventId: string): Promise<LedgerEvent | null> {
    const [row] = await this.db.query<LedgerEventRow>(`SELECT ${LEDGER_EVENT_COLUMNS} FROM events WHERE event_id = $1`, [eventId]);
    return row ? ledgerEventOf(row) : null;
  }

  /** The inclusion proof of a leaf in the tree of `size` leaves (RFC 9162 §2.1.3). */
  async inclusionProof(leafIndex: number, size: number): Promise<Buffer[]> {
    await this.assertReached(size);
    if (leafIndex >= size) throw new LedgerRangeError(`leaf ${leafIndex} is not in a tree of ${size} leaves`);
    return inclusionProof(this.nodes, leafIndex, size);
  }

  /** The consistency proof from the tree of `from` leaves to the tree of `to` (RFC 9162 §2.1.4). */
  async consistencyProof(from: number, to: number): Promise<Buffer[]> {
    if (from > to) throw new LedgerRangeError(`from (${from}) is larger than to (${to})`);
    await this.assertReached(to);
    return consistencyProof(this.nodes, from, to);
  }

  /** The root hash of the tree of `size` leaves, from the stored nodes. */
  async rootHash(size: number): Promise<Buffer> {
    await this.assertReached(size);
    return treeRootHash(this.nodes, size);
  }

  /** The latest checkpoint, or the one of this tree size; null when none is stored. */
  async checkpoint(treeSize?: number): Promise<StoredCheckpoint | null> {
    const rows = await this.db.query<{ tree_size: string; root_hash: Buffer; note: string; published_at: Date; cosignatures: string[] }>(
      `SELECT c.tree_size, c.root_hash, c.note, c.published_at,
              coalesce(array_agg(s.line ORDER BY s.witness) FILTER (WHERE s.line IS NOT NULL), '{}') AS cosignatures
         FROM ledger_checkpoint c LEFT JOIN ledger_cosignature s ON s.tree_size = c.tree_size
        WHERE $1::bigint IS NULL OR c.tree_size = $1
        GROUP BY c.tree_size ORDER BY c.tree_size DESC LIMIT 1`,
      [treeSize ?? null],
    );
    const row = rows[0];
    return row
      ? {
          treeSize: Number(row.tree_size),
          rootHash: row.root_hash,
          note: row.note,
          publishedAt: row.published_at.toISOString(),
          cosignatures: row.cosignatures,
        }
      : null;
  }

  private async assertReached(size: number): Promise<void> {
    const head = await this.head();
    if (size > head.size) throw new LedgerRangeError(`the tree has ${head.size} leaves, not yet ${size}`);
  }
}

/** A checkpoint's note with its cosignature lines added after the log's signature (C2SP signed-note). */
export function noteWithCosignatures(checkpoint: Pick<StoredCheckpoint, 'note' | 'cosignatures'>): string {
  return checkpoint.note + checkpoint.cosignatures.map((line) => `${line}\n`).join('');
}

/** A row of `events` in the columns a leaf encodes (LEDGER_EVENT_COLUMNS). */
export interface LedgerEventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  event_type: string;
  data: unknown;
  metadata: unknown;
  recorded_at: Date;
}

/** The columns of `events` a leaf encodes. */
export const LEDGER_EVENT_COLUMNS = 'global_position, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at';

/** A row of `events` as the leaf encodes it (the same fields, and the same recordedAt, as the store's StoredEvent). */
export function ledgerEventOf(row: LedgerEventRow): LedgerEvent {
  return {
    globalPosition: Number(row.global_position),
    id: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at.toISOString(),
  };
}
