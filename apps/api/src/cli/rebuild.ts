import '../register-lib-paths';
import { Pool } from 'pg';
import { ConfigError, loadConfig, prepareDatabase } from '@lib/service';
import { PostgresEventStore } from '@lib/event-store';
import { ProjectorRuntime, type RebuildProgress } from '@lib/projector';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded-database';
import { AlreadyRunningError } from '../database/instance-lock';
import { serviceProjections, SERVICE_PROJECTIONS } from '@lib/read-models/catalogue';

/**
 * `npm run rebuild [-- name …]`: replays the whole log into the named read models (all by default),
 * printing a progress line with an ETA. Uses DATABASE_URL, or the embedded database when the service
 * is not running.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = names.filter((name) => !SERVICE_PROJECTIONS.some((p) => p.name === name));
  if (unknown.length > 0) {
    throw new ConfigError(
      `unknown projection(s): ${unknown.join(', ')}; known: ${SERVICE_PROJECTIONS.map((p) => p.name).join(', ') || '(none yet)'}`,
    );
  }
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedPostgresPort, () => undefined);
  const urls = embedded
    ? { databaseUrl: embedded.serviceUrl, databaseOwnerUrl: embedded.url }
    : { databaseUrl: config.databaseUrl!, databaseOwnerUrl: config.databaseOwnerUrl };
  const pool = new Pool({ connectionString: urls.databaseUrl, max: 4 });
  pool.on('error', () => undefined);
  try {
    await prepareDatabase(
      urls,
      pool,
      () => undefined,
      (line) => process.stderr.write(`${line}\n`),
    );
    const runtime = new ProjectorRuntime({ pool, eventStore: new PostgresEventStore(pool), projections: serviceProjections(config.rules) });
    const started = Date.now();
    const reports = await runtime.rebuild(names.length > 0 ? names : undefined, printProgress);
    process.stderr.write('\n');
    const total = reports.reduce((sum, report) => sum + report.eventsDone, 0);
    process.stdout.write(
      `rebuilt ${reports.length} projection(s) from ${total} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}

function printProgress(progress: RebuildProgress): void {
  const percent = progress.totalEstimate > 0 ? Math.min(100, (100 * progress.eventsDone) / progress.totalEstimate).toFixed(1) : '100.0';
  const eta = progress.etaSeconds === null || progress.etaSeconds === undefined ? '–' : `${Math.ceil(progress.etaSeconds)} s`;
  process.stderr.write(
    `\r${progress.projection}: ${progress.eventsDone}/${progress.totalEstimate} events (${percent}%), ${Math.round(progress.eventsPerSecond)} events/s, ETA ${eta}   `,
  );
}

main().catch((error: Error) => {
  const known = error instanceof ConfigError || error instanceof AlreadyRunningError;
  process.stderr.write(`rebuild: ${known ? error.message : (error.stack ?? error.message)}\n`);
  if (error instanceof AlreadyRunningError)
    process.stderr.write('The service is running on this data directory: stop it first, or point DATABASE_URL at its database.\n');
  process.exit(1);
});
