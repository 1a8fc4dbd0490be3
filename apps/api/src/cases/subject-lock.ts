import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type Pool } from 'pg';
import { connectionConfigOf } from '@lib/database';
import { PG_POOL } from '../database/database.tokens';
import { SubjectBusyError } from './case-command.errors';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serialises the proposals and decisions for one person, so that two citing the same finding cannot both
 * pass the "disciplined once" check: the second reads the citations only after the first was appended.
 * In this process a promise chain per person orders them; across API instances a PostgreSQL session
 * advisory lock does, taken on one connection of its own outside the pool (`ro-trach-nhiem-locks`). No
 * pooled connection is held while the work takes the ones it needs, and a lock that is busy is tried again
 * (with nothing held) rather than waited for. If the lock connection breaks, the server drops its locks;
 * the next try opens a new one.
 */
@Injectable()
export class SubjectLocks implements OnApplicationShutdown {
  private readonly chains = new Map<string, Promise<unknown>>();
  private client: Promise<Client> | null = null;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  run<T>(personId: string, work: () => Promise<T>, attempts = 200): Promise<T> {
    const previous = this.chains.get(personId) ?? Promise.resolve();
    const current = previous.then(() => this.locked(personId, work, attempts));
    const settled = current.then(
      () => undefined,
      () => undefined,
    );
    this.chains.set(personId, settled);
    void settled.then(() => {
      if (this.chains.get(personId) === settled) this.chains.delete(personId);
    });
    return current;
  }

  async onApplicationShutdown(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client !== null) await client.then((open) => open.end()).catch(() => undefined);
  }

  private async locked<T>(personId: string, work: () => Promise<T>, attempts: number): Promise<T> {
    const key = `disciplinary_case_subject:${personId}`;
    for (let attempt = 0; ; attempt++) {
      const client = await this.connection();
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
      if (rows[0]?.locked === true) {
        try {
          return await work();
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => this.drop(client));
        }
      }
      if (attempt >= attempts) {
        throw new SubjectBusyError(personId);
      }
      await sleep(10 + Math.random() * 40);
    }
  }

  private connection(): Promise<Client> {
    if (this.client === null) {
      const config = connectionConfigOf(this.pool);
      const client = new Client({ ...config, application_name: `${config.application_name ?? 'ro-trach-nhiem'}-locks` });
      const lost = (): void => this.drop(client);
      client.on('error', lost);
      client.on('end', lost);
      const connecting = client.connect().then(() => client);
      this.client = connecting;
      connecting.catch(() => {
        if (this.client === connecting) this.client = null;
      });
    }
    return this.client;
  }

  /** Forgets a broken lock connection (closing it drops whatever locks it held); the next try opens another. */
  private drop(client: Client): void {
    const current = this.client;
    this.client = null;
    void current?.then((open) => (open === client ? undefined : open.end())).catch(() => undefined);
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
  }
}
