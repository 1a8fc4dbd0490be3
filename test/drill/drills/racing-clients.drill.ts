import { isRetryable } from '../../support/command-load';
import { check, loadChecks, loadFigures, type DrillFigures } from '../drill-result';
import type { DrillSession } from '../drill-session';
import { checkAgainstLog } from '../event-log';
import { attempt, LoadLedger, pause, retryAfterMsOf } from '../http-load';

const CLIENTS = 32;
const MAX_ATTEMPTS = 40;
const WITHIN_MS = 60_000;

/**
 * Drill 4, 32 clients racing on one task: each sends one keyed comment on the same task at the same moment
 * and, like a well-behaved client, retries a 409 or 503 after its Retry-After (plus up to 500 ms of
 * jitter, so the retries do not meet again in step). Every one must be acknowledged with exactly one
 * event; the attempts it took are the figure of interest.
 */
export async function racingClients(session: DrillSession): Promise<DrillFigures> {
  const commands = session.commands('race');
  const [taskId] = await session.createTasks(commands, 1);
  const ledger = new LoadLedger();
  const until = Date.now() + WITHIN_MS;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const record = ledger.register(commands.comment(taskId!, `c${client}`));
      while (record.attempts < MAX_ATTEMPTS && Date.now() < until) {
        const answer = await attempt(session.client, ledger, record);
        if (answer.status === 201 || (answer.status !== 0 && !isRetryable(answer))) break;
        await pause((retryAfterMsOf(answer) || 250) + Math.random() * 500);
      }
    }),
  );
  const allAcknowledgedMs = Date.now() - started;
  const log = await session.owner((client) => checkAgainstLog(client, ledger));
  const attempts = [...ledger.records.values()].map((record) => record.attempts);
  return {
    ...loadFigures(ledger, log),
    recoverMs: null,
    summary: `${attempts.reduce((sum, n) => sum + n, 0)} attempts for ${CLIENTS} comments (at most ${Math.max(...attempts)} for one client, ${ledger.count(409)} answers 409), all in ${allAcknowledgedMs} ms`,
    checks: [
      ...loadChecks(ledger, log),
      check(`all ${CLIENTS} acknowledged`, ledger.acknowledged.length === CLIENTS, `${ledger.acknowledged.length} of ${CLIENTS}`),
    ],
    details: {
      clients: CLIENTS,
      attempts: attempts.reduce((sum, n) => sum + n, 0),
      maxAttemptsOfOneClient: Math.max(...attempts),
      clientsAcknowledgedAtTheFirstAttempt: attempts.filter((n) => n === 1).length,
      conflicts409: ledger.count(409),
      unavailable503: ledger.count(503),
      allAcknowledgedMs,
      maxLatencyMs: ledger.maxLatencyMs,
      answers: ledger.statusSummary(),
      lostKeys: log.lost,
      duplicatedKeys: log.duplicated,
    },
  };
}
