import { appendLeaves, emptyFrontier, leafHashOfEvent, type Frontier } from '@lib/ledger';
import type { Projection, ProjectionTransaction } from '@lib/projector';
import type { StoredEvent } from '@lib/event-store';
import { LEDGER_TABLES, ledgerMigrations } from './ledger.tables';

export const LEDGER_PROJECTION = 'ledger';
/** Bump only if the leaf's encoding changes: a rebuild then gives another tree, which no stored checkpoint signs. */
const LEDGER_SCHEMA_VERSION = 1;

/**
 * The Merkle tree over the whole log, in log order: each event becomes the next leaf (the hash of its canonical
 * encoding, @lib/ledger), and every perfect subtree the batch completes is stored. Kept by the projector runtime
 * like a read model: in order, restartable, exactly once (its rows and checkpoint commit together), so appends never
 * wait for it. Deterministic: a rebuild yields the same hashes for the same log.
 */
export function ledgerProjection(): Projection {
  return {
    name: LEDGER_PROJECTION,
    version: LEDGER_SCHEMA_VERSION,
    eventTypes: 'all',
    tables: LEDGER_TABLES,
    migrations: ledgerMigrations,
    apply: appendToTree,
  };
}

async function appendToTree(events: ReadonlyArray<StoredEvent>, tx: ProjectionTransaction): Promise<void> {
  const [state] = await tx.query<{ tree_size: string; frontier: Buffer[] }>('SELECT tree_size, frontier FROM ledger_state');
  const before: Frontier = state ? { size: Number(state.tree_size), hashes: state.frontier } : emptyFrontier();
  const leafHashes = events.map(leafHashOfEvent);
  const appended = appendLeaves(before, leafHashes);
  const inner = appended.nodes.filter((node) => node.level > 0);
  await tx.query(
    `INSERT INTO ledger_leaf (leaf_index, global_position, event_id, leaf_hash)
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::uuid[], $4::bytea[])`,
    [events.map((_, i) => before.size + i), events.map((event) => event.globalPosition), events.map((event) => event.id), leafHashes],
  );
  if (inner.length > 0)
    await tx.query(`INSERT INTO ledger_node (level, node_index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`, [
      inner.map((node) => node.level),
      inner.map((node) => node.index),
      inner.map((node) => node.hash),
    ]);
  await tx.query(
    `INSERT INTO ledger_state (id, tree_size, frontier, root_hash) VALUES (true, $1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET tree_size = EXCLUDED.tree_size, frontier = EXCLUDED.frontier, root_hash = EXCLUDED.root_hash`,
    [appended.frontier.size, appended.frontier.hashes, appended.rootHash],
  );
}
