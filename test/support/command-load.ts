import type { Client } from 'pg';
import type { ApiClient } from './api-client';

export interface LoadOptions {
  /** Each writer sends one command after another with its own keys. */
  writers: number;
  durationMs: number;
  /** Tasks the writers comment on (several writers per task: they race on its stream). */
  taskIds: ReadonlyArray<string>;
  /** How long one command may take to be answered at all before it counts as unanswered. */
  answerTimeoutMs?: number;
}

export interface LoadOutcome {
  /** Idempotency keys whose command was answered 201 (at the first try or a retry). */
  acknowledged: Map<string, { taskId: string; content: string }>;
  /** Every answer's status, retries included. */
  statuses: Map<number, number>;
  /** Keys never answered 201 within the run (they are re-sent by `resend`). */
  pending: Map<string, { taskId: string; content: string }>;
  /** Any answer that was not 201 or a 503 with Retry-After. */
  unexpected: Array<{ status: number; body: unknown }>;
}

/**
 * Comments on tasks from several writers, each retrying a command with the same Idempotency-Key (after its
 * Retry-After, capped) until it is acknowledged or the run ends, as a well-behaved client does.
 */
export async function runCommentLoad(api: ApiClient, options: LoadOptions): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { acknowledged: new Map(), statuses: new Map(), pending: new Map(), unexpected: [] };
  const until = Date.now() + options.durationMs;
  await Promise.all(
    Array.from({ length: options.writers }, async (_, writer) => {
      for (let i = 0; Date.now() < until; i++) {
        const key = `load-w${writer}-${i}`;
        const command = { taskId: options.taskIds[(writer + i) % options.taskIds.length]!, content: `Ý kiến ${writer}.${i}` };
        outcome.pending.set(key, command);
        while (Date.now() < until) {
          const answer = await send(api, key, command, options.answerTimeoutMs ?? 15_000);
          outcome.statuses.set(answer.status, (outcome.statuses.get(answer.status) ?? 0) + 1);
          if (answer.status === 201) {
            outcome.pending.delete(key);
            outcome.acknowledged.set(key, command);
            break;
          }
          if (!isRetryable(answer)) outcome.unexpected.push({ status: answer.status, body: answer.body });
          await new Promise((resolve) => setTimeout(resolve, Math.min(Number(answer.retryAfter ?? 1) * 1000, 200)));
        }
      }
    }),
  );
  return outcome;
}

/**
 * Sends each command again with its key until it is acknowledged (or the time is up). Returns each key's
 * last status and every other answer seen on the way (each should be one a client retries).
 */
export async function resend(
  api: ApiClient,
  commands: Map<string, { taskId: string; content: string }>,
  timeoutMs = 45_000,
): Promise<{ final: Map<string, number>; meanwhile: Array<{ status: number; retryable: boolean }> }> {
  const final = new Map<string, number>();
  const meanwhile: Array<{ status: number; retryable: boolean }> = [];
  const until = Date.now() + timeoutMs;
  for (const [key, command] of commands) {
    for (;;) {
      const answer = await send(api, key, command, 15_000);
      if (answer.status === 201 || Date.now() > until) {
        final.set(key, answer.status);
        break;
      }
      meanwhile.push({ status: answer.status, retryable: isRetryable(answer) });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { final, meanwhile };
}

/**
 * What a client should retry after Retry-After: the database unavailable (503), the same key still held by a
 * request that was cut off (409 IDEMPOTENCY_KEY_IN_USE: its claim lapses by then), or a race lost on the
 * task's stream after the server's own retries (409 concurrency-conflict, nothing written).
 */
export function isRetryable(answer: { status: number; retryAfter: string | undefined; body: unknown }): boolean {
  if (!/^\d+$/.test(answer.retryAfter ?? '')) return false;
  const body = answer.body as { rule?: string; type?: string } | null;
  return (
    answer.status === 503 ||
    (answer.status === 409 && (body?.rule === 'IDEMPOTENCY_KEY_IN_USE' || body?.type?.endsWith('/concurrency-conflict') === true))
  );
}

/** For each key: how many events the log holds with it as command id (exactly one per acknowledged comment). */
export async function eventsPerKey(owner: Client, keys: Iterable<string>): Promise<Map<string, number>> {
  const { rows } = await owner.query<{ key: string; n: string }>(
    `SELECT metadata->>'commandId' AS key, count(*) AS n FROM events WHERE metadata->>'commandId' = ANY($1::text[]) GROUP BY 1`,
    [[...keys]],
  );
  return new Map(rows.map((row) => [row.key, Number(row.n)]));
}

async function send(
  api: ApiClient,
  key: string,
  command: { taskId: string; content: string },
  timeoutMs: number,
): Promise<{ status: number; retryAfter: string | undefined; body: unknown }> {
  const request = api
    .post(`/tasks/${command.taskId}/comments`, { content: command.content }, { 'Idempotency-Key': key })
    .timeout(timeoutMs);
  try {
    const response = await request;
    return { status: response.status, retryAfter: response.headers['retry-after'] as string | undefined, body: response.body };
  } catch (error) {
    // No answer at all (a timeout): recorded as status 0, the worst outcome.
    return { status: 0, retryAfter: undefined, body: String(error) };
  }
}
