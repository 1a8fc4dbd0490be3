import type { Migration } from '@lib/database';

/**
 * The append-only log. Log order is (transaction_id, global_position): a reader only sees rows whose
 * writing transaction is older than every transaction still running, so an event committed late
 * can never appear behind a checkpoint a reader has already passed.
 */
const createEventStore = `
CREATE TABLE streams (
  stream_id text PRIMARY KEY,
  version   integer NOT NULL
);

CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid NOT NULL,
  stream_id       text NOT NULL,
  stream_version  integer NOT NULL,
  event_type      text NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
);

CREATE INDEX events_log_order_idx ON events (transaction_id, global_position);

CREATE FUNCTION events_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the event log is append-only: % on events is not allowed', TG_OP
    USING ERRCODE = 'EV003', HINT = 'Correct a mistaken entry with a compensating event (EntryCorrected / EntryVoided).';
END $$;

CREATE TRIGGER events_no_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_reject_change();
CREATE TRIGGER events_no_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION events_reject_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION events_reject_change();

-- Appends a batch to one stream in a single statement (one round trip, all or nothing).
-- p_expected: >= 0 the current version, -1 the stream must not exist, -2 any.
-- Re-appending the same event ids at the same place returns the stored rows with replayed = true.
CREATE FUNCTION append_to_stream(
  p_stream_id text, p_expected bigint, p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[],
  p_occurred_at timestamptz[], p_notify boolean
) RETURNS TABLE (event_id uuid, stream_version integer, global_position bigint, recorded_at timestamptz, replayed boolean)
LANGUAGE plpgsql AS $$
DECLARE
  v_count   integer := cardinality(p_ids);
  v_current integer;
  v_found   integer;
  v_first   integer;
  v_same    integer;
BEGIN
  INSERT INTO streams AS s (stream_id, version) VALUES (p_stream_id, -1) ON CONFLICT (stream_id) DO NOTHING;
  SELECT s.version INTO v_current FROM streams s WHERE s.stream_id = p_stream_id FOR UPDATE;

  SELECT count(*), min(e.stream_version) INTO v_found, v_first FROM events e WHERE e.event_id = ANY (p_ids);

  IF v_found > 0 THEN
    SELECT count(*) INTO v_same
      FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY AS i(id, t, d, m, n)
      JOIN events e ON e.event_id = i.id
     WHERE e.stream_id = p_stream_id AND e.stream_version = v_first + i.n - 1
       AND e.event_type = i.t AND e.data = i.d AND e.metadata = i.m;
    IF v_found = v_count AND v_same = v_count AND (p_expected = -2 OR v_first = p_expected + 1) THEN
      RETURN QUERY SELECT e.event_id, e.stream_version, e.global_position, e.recorded_at, true
        FROM events e WHERE e.event_id = ANY (p_ids) ORDER BY e.stream_version;
      RETURN;
    END IF;
    RAISE EXCEPTION 'duplicate event id in append to %', p_stream_id
      USING ERRCODE = 'EV002',
            DETAIL = (SELECT e.event_id::text FROM events e WHERE e.event_id = ANY (p_ids) ORDER BY e.global_position LIMIT 1);
  END IF;

  IF p_expected <> -2 AND v_current <> p_expected THEN
    RAISE EXCEPTION 'wrong expected version for %', p_stream_id USING ERRCODE = 'EV001', DETAIL = v_current::text;
  END IF;

  RETURN QUERY
    INSERT INTO events AS e (event_id, stream_id, stream_version, event_type, data, metadata, occurred_at)
    SELECT i.id, p_stream_id, v_current + i.n::integer, i.t, i.d, i.m, i.o
      FROM unnest(p_ids, p_types, p_data, p_metadata, p_occurred_at) WITH ORDINALITY AS i(id, t, d, m, o, n)
     ORDER BY i.n
    RETURNING e.event_id, e.stream_version, e.global_position, e.recorded_at, false;

  UPDATE streams s SET version = v_current + v_count WHERE s.stream_id = p_stream_id;
  IF p_notify THEN
    PERFORM pg_notify('event_store_appended', p_stream_id);
  END IF;
END $$;
`;

/** Readers of one kind of stream (organisation, disciplinary cases) follow the log without scanning all of it. */
const streamCategories = `
ALTER TABLE events ADD COLUMN category text GENERATED ALWAYS AS (split_part(stream_id, '-', 1)) STORED;
CREATE INDEX events_category_log_order_idx ON events (category, transaction_id, global_position);
`;

/**
 * PL/pgSQL caches one generic plan per connection for each statement of the function. Cached while the log is
 * nearly empty, that plan scans the whole events table (the duplicate-id probe), and the connection keeps it as
 * the log grows until an ANALYZE happens to invalidate it: appends slowed tenfold in a freshly loaded province.
 * With sequential scans off inside the function, the cached plans use the indexes whatever the table's size then;
 * planning every call instead (plan_cache_mode) cost a quarter of the single-event append rate.
 */
const appendPlansUseIndexes = `
ALTER FUNCTION append_to_stream(text, bigint, uuid[], text[], jsonb[], jsonb[], timestamptz[], boolean) SET enable_seqscan = off;
`;

export const eventStoreMigrations: ReadonlyArray<Migration> = [
  { id: '0001_event_store', description: 'append-only event log, streams and the append function', sql: createEventStore },
  { id: '0002_event_categories', description: 'stream category column and index for filtered reads in log order', sql: streamCategories },
  {
    id: '0003_append_plans_use_indexes',
    description: 'the append function never caches a plan that scans the whole log',
    sql: appendPlansUseIndexes,
  },
];
