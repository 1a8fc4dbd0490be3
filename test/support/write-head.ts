import { Client } from 'pg';

/**
 * What a request may have written: the event log's head (task, organisation and case streams are all
 * events), the streams, and the remembered idempotent responses. The access log (written on every
 * /audit, /reports and /cases request, refused ones included, by design) and the read models (fed
 * asynchronously by the projector) are not compared.
 */
export interface WriteHead {
  eventsHead: number;
  streams: number;
  idempotencyKeys: number;
}

export class WriteHeadProbe {
  private constructor(private readonly client: Client) {}

  static async connect(databaseUrl: string): Promise<WriteHeadProbe> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return new WriteHeadProbe(client);
  }

  async read(): Promise<WriteHead> {
    const { rows } = await this.client.query<{ events_head: string; streams: string; idempotency_keys: string }>(
      `SELECT (SELECT coalesce(max(global_position), 0) FROM events) AS events_head,
              (SELECT count(*) FROM streams) AS streams,
              (SELECT count(*) FROM idempotency_keys) AS idempotency_keys`,
    );
    const row = rows[0]!;
    return { eventsHead: Number(row.events_head), streams: Number(row.streams), idempotencyKeys: Number(row.idempotency_keys) };
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

export function sameHead(a: WriteHead, b: WriteHead): boolean {
  return a.eventsHead === b.eventsHead && a.streams === b.streams && a.idempotencyKeys === b.idempotencyKeys;
}
