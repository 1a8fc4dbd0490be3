import { combinePlans, planInclusionProof, runPlan, type LedgerEvent, type NodeBatchReader, type NodePlan } from '@lib/ledger';
import { ledgerEventOf, LedgerQuery, type LedgerEventRow, type LedgerSql, type StoredCheckpoint } from './ledger.query';

/**
 * Why an event has no inclusion proof in the latest checkpoint's tree:
 * `no-checkpoint` (none is stored), `after-checkpoint` (its leaf came after the checkpoint's size),
 * `not-hashed-yet` (the projection has not reached it), `tree-rebuilding` (the stored tree is below the
 * checkpoint's size, as during a rebuild), `not-in-log` (no such event).
 */
export type LedgerEvidenceGap = 'no-checkpoint' | 'after-checkpoint' | 'not-hashed-yet' | 'tree-rebuilding' | 'not-in-log';

/** One cited event: as the log holds it now, its stored leaf, and its inclusion proof in the checkpoint's tree. */
export interface CitedLeaf {
  eventId: string;
  /** The event in the fields its leaf encodes; null when the log has no event of this id. */
  event: LedgerEvent | null;
  leafIndex: number | null;
  /** The leaf hash as the tree stores it (not recomputed: a verifier compares it with the encoding). */
  leafHash: Buffer | null;
  /** RFC 9162 inclusion proof against `checkpoint`; null when `gap` says why not. */
  proof: Buffer[] | null;
  gap: LedgerEvidenceGap | null;
}

export interface LedgerEvidence {
  /** The latest stored checkpoint, the proofs' tree; null when none is stored. */
  checkpoint: StoredCheckpoint | null;
  leaves: CitedLeaf[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cited event's row (null columns when the log has no such event), its leaf and the tree's size. */
interface CitedRow extends Omit<LedgerEventRow, 'global_position' | 'event_id'> {
  cited_id: string;
  global_position: string | null;
  event_id: string | null;
  leaf_index: string | null;
  leaf_hash: Buffer | null;
  tree_size: string | null;
}

/**
 * What an evidence bundle carries so that it can be checked offline: the latest checkpoint, and for each cited
 * event, the event, its leaf and its inclusion proof in that checkpoint's tree.
 */
export class LedgerEvidenceQuery {
  private readonly ledger: LedgerQuery;

  constructor(private readonly db: LedgerSql) {
    this.ledger = new LedgerQuery(db);
  }

  /**
   * Three reads whatever the number of events (the checkpoint; the events with their leaves; every proof's nodes
   * in one batch), none holding a connection while waiting for another.
   */
  async inclusionEvidence(eventIds: readonly string[]): Promise<LedgerEvidence> {
    return inclusionEvidence(this.db, this.ledger.nodes, await this.ledger.checkpoint(), eventIds);
  }
}

async function inclusionEvidence(
  db: LedgerSql,
  nodes: NodeBatchReader,
  checkpoint: StoredCheckpoint | null,
  eventIds: readonly string[],
): Promise<LedgerEvidence> {
  const ids = [...new Set(eventIds)];
  const rows = await db.query<CitedRow>(
    `SELECT c.event_id::text AS cited_id, e.global_position, e.event_id, e.stream_id, e.stream_version, e.event_type,
            e.data, e.metadata, e.recorded_at, l.leaf_index, l.leaf_hash, (SELECT tree_size FROM ledger_state) AS tree_size
       FROM unnest($1::uuid[]) WITH ORDINALITY AS c(event_id, ord)
       LEFT JOIN events e ON e.event_id = c.event_id
       LEFT JOIN ledger_leaf l ON l.event_id = c.event_id
      ORDER BY c.ord`,
    [ids.filter((id) => UUID.test(id))],
  );
  const byId = new Map(rows.map((row) => [row.cited_id.toLowerCase(), row]));
  const plans: Array<NodePlan<Buffer[]>> = [];
  const leaves = ids.map((eventId): CitedLeaf & { plan?: number } => {
    const row = byId.get(eventId.toLowerCase());
    const event =
      row && row.event_id !== null ? ledgerEventOf({ ...row, global_position: row.global_position!, event_id: row.event_id }) : null;
    const leafIndex = row?.leaf_index != null ? Number(row.leaf_index) : null;
    const leaf = { eventId, event, leafIndex, leafHash: row?.leaf_hash ?? null, proof: null };
    const gap = gapOf(event, leafIndex, checkpoint, row?.tree_size != null ? Number(row.tree_size) : 0);
    if (gap !== null || leafIndex === null || checkpoint === null) return { ...leaf, gap };
    plans.push(planInclusionProof(leafIndex, checkpoint.treeSize));
    return { ...leaf, gap: null, plan: plans.length - 1 };
  });
  const proofs = plans.length > 0 ? await runPlan(nodes, combinePlans(...plans)) : [];
  return {
    checkpoint,
    leaves: leaves.map(({ plan, ...leaf }) => (plan === undefined ? leaf : { ...leaf, proof: proofs[plan] as Buffer[] })),
  };
}

function gapOf(
  event: LedgerEvent | null,
  leafIndex: number | null,
  checkpoint: StoredCheckpoint | null,
  treeSize: number,
): LedgerEvidenceGap | null {
  if (event === null) return 'not-in-log';
  if (checkpoint === null) return 'no-checkpoint';
  if (leafIndex === null) return 'not-hashed-yet';
  if (leafIndex >= checkpoint.treeSize) return 'after-checkpoint';
  if (treeSize < checkpoint.treeSize) return 'tree-rebuilding';
  return null;
}
