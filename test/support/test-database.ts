import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** As the owner (a superuser of the test server): migrations, fixtures, inspection. */
  readonly url: string;
  /** As a login role of this database's own, with no privileges until the service's migrations grant them. */
  readonly serviceUrl: string;
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty database on the server that the global setup resolved,
 * so that test files never see each other's rows.
 */
export async function createTestDatabase(prefix = 't'): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: the Jest global setup resolves it; run tests with `npm test`.');
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const password = randomBytes(12).toString('hex');
  await withAdmin(serverUrl, async (admin) => {
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.query(`CREATE ROLE "${name}_svc" LOGIN PASSWORD '${password}'`);
  });
  const url = withDatabase(serverUrl, name);
  return {
    url,
    serviceUrl: withRole(url, `${name}_svc`, password),
    name,
    drop: () =>
      withAdmin(serverUrl, async (admin) => {
        await dropWhenIdle(admin, name);
        await admin.query(`DROP ROLE IF EXISTS "${name}_svc"`);
      }),
  };
}

/**
 * A pg pool's end() resolves before its connections have finished closing; forcing the drop at once
 * would kill them mid-close and surface as unhandled errors. Wait for them, then force what is left.
 */
async function dropWhenIdle(admin: Client, name: string): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 25) {
    const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function withRole(databaseUrl: string, role: string, password: string): string {
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** One short-lived connection to the server as its administrator. */
export async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
