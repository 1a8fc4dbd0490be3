import type { Migration } from '@lib/database';

/** The tree's tables, which the projection owns and a rebuild empties (and fills again with the same hashes). */
export const LEDGER_TABLES = ['ledger_leaf', 'ledger_node', 'ledger_state'] as const;

/**
 * The Merkle tree over the log (ids 0500_…):
 * - `ledger_leaf`: one row per event in log order, leaf_index 0, 1, 2…: the event and its leaf hash (RFC 9162);
 * - `ledger_node`: the hash of every perfect subtree above the leaves (level ≥ 1, node_index counted from the left);
 * - `ledger_state`: one row, the tree's size, right edge (frontier) and root hash after the last batch;
 * - `ledger_checkpoint`: the signed checkpoints, append-only, never emptied by a rebuild;
 * - `ledger_cosignature`: witnesses' cosignatures of checkpoints, append-only.
 */
export const ledgerMigrations: ReadonlyArray<Migration> = [
  {
    id: '0500_ledger_tree',
    description: 'ledger: the Merkle tree over the log (leaves in log order, perfect subtrees, the tree head)',
    sql: `CREATE TABLE ledger_leaf (
      leaf_index      bigint PRIMARY KEY,
      global_position bigint NOT NULL UNIQUE,
      event_id        uuid NOT NULL UNIQUE,
      leaf_hash       bytea NOT NULL CHECK (length(leaf_hash) = 32));
    CREATE TABLE ledger_node (
      level      smallint NOT NULL CHECK (level >= 1),
      node_index bigint NOT NULL,
      hash       bytea NOT NULL CHECK (length(hash) = 32),
      PRIMARY KEY (level, node_index));
    CREATE TABLE ledger_state (
      id        boolean PRIMARY KEY DEFAULT true CHECK (id),
      tree_size bigint NOT NULL,
      frontier  bytea[] NOT NULL,
      root_hash bytea NOT NULL);`,
  },
  {
    id: '0501_ledger_checkpoints',
    description: 'ledger: signed checkpoints and witness cosignatures, append-only',
    sql: `CREATE TABLE ledger_checkpoint (
      tree_size    bigint PRIMARY KEY,
      root_hash    bytea NOT NULL CHECK (length(root_hash) = 32),
      note         text NOT NULL,
      published_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE ledger_cosignature (
      tree_size   bigint NOT NULL REFERENCES ledger_checkpoint (tree_size),
      witness     text NOT NULL,
      line        text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tree_size, witness));
    CREATE FUNCTION ledger_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the ledger''s checkpoints are append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME USING ERRCODE = 'EV003';
    END $$;
    CREATE TRIGGER ledger_checkpoint_no_update BEFORE UPDATE OR DELETE ON ledger_checkpoint FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
    CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();
    CREATE TRIGGER ledger_cosignature_no_update BEFORE UPDATE OR DELETE ON ledger_cosignature FOR EACH ROW EXECUTE FUNCTION ledger_reject_change();
    CREATE TRIGGER ledger_cosignature_no_truncate BEFORE TRUNCATE ON ledger_cosignature FOR EACH STATEMENT EXECUTE FUNCTION ledger_reject_change();`,
  },
];
