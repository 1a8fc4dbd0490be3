// Resolves the PostgreSQL server that integration and e2e tests use, in this order:
//   1. DATABASE_URL, when set (CI sets it to the local service);
//   2. a throwaway PostgreSQL container, when a container runtime answers;
//   3. otherwise every test that needs storage fails with a message that says how to provide one.
// Each test file then creates its own database on that server (test/support/test-database.ts).
const { Client } = require('pg');

module.exports = async function globalSetup() {
  if (process.env.DATABASE_URL) {
    await assertReachable(process.env.DATABASE_URL, 'DATABASE_URL');
    return;
  }
  let runtimeAvailable = false;
  try {
    const { getContainerRuntimeClient } = require('testcontainers');
    await getContainerRuntimeClient();
    runtimeAvailable = true;
  } catch {
    runtimeAvailable = false;
  }
  if (!runtimeAvailable) {
    // Pure specs still run; every test that needs storage fails with this message (test-database.ts).
    process.env.TEST_DATABASE_UNAVAILABLE = [
        'Integration tests need PostgreSQL (14 or later) and none was found.',
        'Either set DATABASE_URL to a server where this user may CREATE DATABASE, e.g.',
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test',
        'or start a container runtime (Docker or Podman) so that testcontainers can start one.',
      ].join('\n');
    return;
  }
  const { PostgreSqlContainer } = require('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer('postgres:16-alpine').start();
  globalThis.__PG_CONTAINER__ = container;
  process.env.DATABASE_URL = container.getConnectionUri();
};

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
