import { isRetryable } from '../support/command-load';
import type { Answer, HttpClient } from './http-client';

/** One command under an Idempotency-Key: the same key and body are sent until it is acknowledged. */
export interface KeyedCommand {
  key: string;
  kind: 'comment' | 'new task';
  token: string;
  path: string;
  body: object;
}

export interface CommandRecord {
  command: KeyedCommand;
  attempts: number;
  /** Set by the first 201: when, and the events the answer named (by id). */
  acknowledged?: { at: number; eventIds: string[] };
}

/**
 * Everything sent under keys during one drill and every answer: what the verdict counts (requests,
 * acknowledgements, 5xx, answers no client should get) and what the event log is checked against.
 */
export class LoadLedger {
  readonly records = new Map<string, CommandRecord>();
  /** Every answer's status, retries included; 0 is "no answer" (refused, cut off, timed out). */
  readonly statuses = new Map<number, number>();
  /** When each 201 arrived, in order. */
  readonly acknowledgementTimes: number[] = [];
  /** Answers that are neither 201, nor a retryable refusal with Retry-After, nor "no answer". */
  readonly unexpected: Array<{ key: string; status: number; body: unknown }> = [];
  requests = 0;
  maxLatencyMs = 0;

  register(command: KeyedCommand): CommandRecord {
    const record: CommandRecord = { command, attempts: 0 };
    this.records.set(command.key, record);
    return record;
  }

  note(record: CommandRecord, answer: Answer): void {
    this.requests += 1;
    record.attempts += 1;
    this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1);
    if (answer.status !== 0) this.maxLatencyMs = Math.max(this.maxLatencyMs, answer.answeredAt - answer.sentAt);
    if (answer.status === 201) {
      this.acknowledgementTimes.push(answer.answeredAt);
      if (!record.acknowledged) record.acknowledged = { at: answer.answeredAt, eventIds: eventIdsOf(answer.body) };
    } else if (answer.status !== 0 && !isRetryable(answer)) {
      this.unexpected.push({ key: record.command.key, status: answer.status, body: answer.body });
    }
  }

  get acknowledged(): CommandRecord[] {
    return [...this.records.values()].filter((record) => record.acknowledged);
  }

  get pending(): CommandRecord[] {
    return [...this.records.values()].filter((record) => !record.acknowledged);
  }

  /** 5xx answers other than 503 (which is the service's "retry later", with Retry-After). */
  get serverErrors(): number {
    return [...this.statuses].filter(([status]) => status >= 500 && status !== 503).reduce((sum, [, n]) => sum + n, 0);
  }

  count(status: number): number {
    return this.statuses.get(status) ?? 0;
  }

  /** The first 201 answered at or after an instant (a kill, the database back), if any. */
  firstAcknowledgementAfter(instant: number): number | undefined {
    return this.acknowledgementTimes.filter((at) => at >= instant).sort((a, b) => a - b)[0];
  }

  statusSummary(): Record<string, number> {
    return Object.fromEntries(
      [...this.statuses].sort(([a], [b]) => a - b).map(([status, n]) => [status === 0 ? 'no answer' : String(status), n]),
    );
  }
}

/** Sends one attempt of a keyed command and notes its answer. */
export async function attempt(client: HttpClient, ledger: LoadLedger, record: CommandRecord, timeoutMs = 15_000): Promise<Answer> {
  const { command } = record;
  const answer = await client.send({
    method: 'POST',
    path: command.path,
    token: command.token,
    body: command.body,
    headers: { 'Idempotency-Key': command.key },
    timeoutMs,
  });
  ledger.note(record, answer);
  return answer;
}

export interface WriterOptions {
  writers: number;
  durationMs: number;
  /** The i-th command of a writer; each gets its own key. */
  commandFor(writer: number, index: number): KeyedCommand;
  /**
   * During the load a writer retries sooner than Retry-After (at most this long), to keep the pressure
   * on; a key held by a request that was cut off (409 for more than a second) is left for `resendPending`.
   */
  retryPauseCapMs?: number;
}

/** Writers sending keyed commands one after another for a while, each retrying its command until it is acknowledged. */
export async function runWriters(client: HttpClient, ledger: LoadLedger, options: WriterOptions): Promise<void> {
  const until = Date.now() + options.durationMs;
  const cap = options.retryPauseCapMs ?? 250;
  await Promise.all(
    Array.from({ length: options.writers }, async (_, writer) => {
      for (let index = 0; Date.now() < until; index++) {
        const record = ledger.register(options.commandFor(writer, index));
        while (Date.now() < until) {
          const answer = await attempt(client, ledger, record);
          if (answer.status === 201) break;
          const retryAfterMs = retryAfterMsOf(answer);
          if (keyStillHeld(answer) && retryAfterMs > 1_000) break;
          await pause(Math.min(retryAfterMs || cap, cap));
        }
      }
    }),
  );
}

/**
 * Sends every command not yet acknowledged again, with its key, as a patient client does: after the
 * answer's Retry-After (a claim of a request cut off lapses within 30 s), until 201 or the time is up.
 */
export async function resendPending(client: HttpClient, ledger: LoadLedger, timeoutMs = 45_000, concurrency = 8): Promise<void> {
  const until = Date.now() + timeoutMs;
  const queue = ledger.pending;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let record = queue.shift(); record; record = queue.shift()) {
        while (Date.now() < until) {
          const answer = await attempt(client, ledger, record);
          if (answer.status === 201) break;
          await pause(Math.min(retryAfterMsOf(answer) || 250, Math.max(0, until - Date.now())));
        }
      }
    }),
  );
}

/**
 * Sends every acknowledged command once more with its key: each must be answered 201 as a replay naming the
 * same events, and record nothing new. Returns the keys whose replay differed.
 */
export async function replayAcknowledged(client: HttpClient, ledger: LoadLedger, concurrency = 8): Promise<string[]> {
  const queue = ledger.acknowledged;
  const differing: string[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let record = queue.shift(); record; record = queue.shift()) {
        const answer = await attempt(client, ledger, record);
        const same = answer.status === 201 && answer.replayed && eventIdsOf(answer.body).join() === record.acknowledged!.eventIds.join();
        if (!same) differing.push(`${record.command.key}: ${answer.status}${answer.replayed ? ' (replayed)' : ''}`);
      }
    }),
  );
  return differing;
}

/**
 * A reader beside the writers: one list read served by the read models (its own connections) after
 * another, until told to stop. Each must be answered 200, or 503 with Retry-After.
 */
export class ReadLoad {
  readonly statuses = new Map<number, number>();
  readonly unexpected: Array<{ status: number; body: unknown }> = [];
  requests = 0;
  private stopped = false;

  async run(client: HttpClient, token: string, path: string, pauseMs = 50): Promise<void> {
    while (!this.stopped) {
      const answer = await client.send({ method: 'GET', path, token });
      this.requests += 1;
      this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 200 && !(answer.status === 503 && /^\d+$/.test(answer.retryAfter ?? '')))
        this.unexpected.push({ status: answer.status, body: answer.body });
      await pause(pauseMs);
    }
  }

  stop(): void {
    this.stopped = true;
  }

  /** 5xx answers other than 503. */
  get serverErrors(): number {
    return [...this.statuses].filter(([status]) => status >= 500 && status !== 503).reduce((sum, [, n]) => sum + n, 0);
  }

  statusSummary(): Record<string, number> {
    return Object.fromEntries(
      [...this.statuses].sort(([a], [b]) => a - b).map(([status, n]) => [status === 0 ? 'no answer' : String(status), n]),
    );
  }
}

export function retryAfterMsOf(answer: Answer): number {
  return /^\d+$/.test(answer.retryAfter ?? '') ? Number(answer.retryAfter) * 1000 : 0;
}

function keyStillHeld(answer: Answer): boolean {
  return answer.status === 409 && (answer.body as { rule?: string } | null)?.rule === 'IDEMPOTENCY_KEY_IN_USE';
}

function eventIdsOf(body: unknown): string[] {
  const events = (body as { events?: Array<{ eventId?: string }> } | null)?.events;
  return Array.isArray(events) ? events.map((event) => String(event.eventId)) : [];
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
