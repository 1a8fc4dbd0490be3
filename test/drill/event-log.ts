import { Client } from 'pg';
import { eventsPerKey } from '../support/command-load';
import type { LoadLedger } from './http-load';

/** Runs work on a fresh connection as the schema owner (the drill's own view of the database), then closes it. */
export async function asOwner<T>(ownerUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'drill-inspector' });
  // A restart of the server must not end the drill through an unheard 'error' event.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface LedgerCheck {
  /** Acknowledged commands whose events (as their 201 named them) are not all in the log. */
  lost: string[];
  /** Commands with more events in the log under their key than their answer named (one, when never answered). */
  duplicated: string[];
  /** Commands still not acknowledged after every resend. */
  unacknowledged: string[];
}

/** Holds every command of a drill against the log: each key's events (metadata.commandId) and the event ids its answer named. */
export async function checkAgainstLog(client: Client, ledger: LoadLedger): Promise<LedgerCheck> {
  const records = [...ledger.records.values()];
  const perKey = await eventsPerKey(client, ledger.records.keys());
  const answeredIds = records.flatMap((record) => record.acknowledged?.eventIds ?? []);
  const { rows } = await client.query<{ id: string }>('SELECT event_id::text AS id FROM events WHERE event_id = ANY($1::uuid[])', [
    answeredIds,
  ]);
  const present = new Set(rows.map((row) => row.id));
  const check: LedgerCheck = { lost: [], duplicated: [], unacknowledged: [] };
  for (const record of records) {
    const { key } = record.command;
    const inLog = perKey.get(key) ?? 0;
    if (!record.acknowledged) {
      check.unacknowledged.push(key);
      if (inLog > 1) check.duplicated.push(`${key} (${inLog} events)`);
      continue;
    }
    const named = record.acknowledged.eventIds;
    if (named.length === 0 || inLog === 0 || named.some((id) => !present.has(id))) check.lost.push(key);
    if (inLog > Math.max(1, named.length)) check.duplicated.push(`${key} (${inLog} events, answer named ${named.length})`);
  }
  return check;
}

/** The service's connections by what the server sees of them (application_name), as the operator would kill them. */
export const SERVICE_CONNECTIONS = ['ro-trach-nhiem', 'ro-trach-nhiem-read-models', 'ro-trach-nhiem-listen'] as const;

/** Terminates every backend of the service on its database; returns how many of each kind. */
export async function terminateServiceBackends(client: Client): Promise<Map<string, number>> {
  const { rows } = await client.query<{ kind: string; killed: boolean }>(
    `SELECT application_name AS kind, pg_terminate_backend(pid) AS killed FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = ANY($1::text[])`,
    [SERVICE_CONNECTIONS],
  );
  const counts = new Map<string, number>();
  for (const row of rows) if (row.killed) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1);
  return counts;
}
