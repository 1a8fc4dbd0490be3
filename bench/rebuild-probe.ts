import './register-lib-paths';
import { Pool } from 'pg';
import { PostgresEventStore } from '@lib/event-store';
import { ProjectorRuntime } from '@lib/projector';
import { serviceProjections } from '@lib/read-models/catalogue';

/**
 * `node dist/bench/bench/rebuild-probe.js <database url> <projection> [batch size]`: rebuilds one projection
 * on a database kept by `bench:province --keep` and reports, besides the rate, what the server did meanwhile:
 * WAL written, checkpoints, and blocks read from outside shared_buffers against blocks found in them.
 */
async function main(): Promise<void> {
  const [url, name, batch] = process.argv.slice(2);
  if (!url || !name) throw new Error('usage: rebuild-probe <database url> <projection> [batch size]');
  const pool = new Pool({ connectionString: url, max: 4 });
  try {
    const projection = serviceProjections().find((candidate) => candidate.name === name);
    if (!projection) throw new Error(`unknown projection ${name}`);
    const stats = async () =>
      (
        await pool.query<{ lsn: string; checkpoints: string; read: string; hit: string }>(
          `SELECT pg_current_wal_lsn()::text AS lsn, (SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter)::text AS checkpoints,
                  blks_read::text AS read, blks_hit::text AS hit FROM pg_stat_database WHERE datname = current_database()`,
        )
      ).rows[0]!;
    const before = await stats();
    const runtime = new ProjectorRuntime({
      pool,
      eventStore: new PostgresEventStore(pool, { notify: false }),
      projections: [projection],
      batchSize: Number(batch ?? 1000),
    });
    const begin = Date.now();
    const [report] = await runtime.rebuild([name]);
    const seconds = (Date.now() - begin) / 1000;
    const after = await stats();
    const { rows } = await pool.query<{ bytes: string }>('SELECT pg_wal_lsn_diff($1::pg_lsn, $2::pg_lsn)::text AS bytes', [
      after.lsn,
      before.lsn,
    ]);
    const events = report!.eventsDone;
    console.log(
      JSON.stringify({
        projection: name,
        events,
        seconds,
        eventsPerSecond: Math.round(events / seconds),
        walMb: Math.round(Number(rows[0]!.bytes) / 2 ** 20),
        walBytesPerEvent: Math.round(Number(rows[0]!.bytes) / events),
        checkpoints: Number(after.checkpoints) - Number(before.checkpoints),
        blocksRead: Number(after.read) - Number(before.read),
        blocksHit: Number(after.hit) - Number(before.hit),
      }),
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
