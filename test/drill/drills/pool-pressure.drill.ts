import { check, loadChecks, loadFigures, type DrillFigures } from '../drill-result';
import type { DrillSession } from '../drill-session';
import { checkAgainstLog } from '../event-log';
import { attempt, LoadLedger, resendPending } from '../http-load';

export const POOL_SIZE = 4;
const CONCURRENT = 16;
const ROUNDS = 3;
const ANSWER_WITHIN_MS = 20_000;

/**
 * Drill 3, pool pressure: the service with DB_POOL_SIZE=4 (acquire timeout at its default, 5 s) gets 16
 * keyed commands at once (8 new tasks, 8 comments on 4 tasks), three rounds. Every one must be answered
 * (201, or 503/409 with Retry-After: never silence); those not acknowledged are sent again until they are.
 */
export async function poolPressure(session: DrillSession): Promise<DrillFigures> {
  const commands = session.commands('pool');
  const taskIds = await session.createTasks(commands, 4);
  const ledger = new LoadLedger();
  const firstAnswers: number[] = [];
  let maxFirstLatencyMs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const burst = Array.from({ length: CONCURRENT }, (_, i) =>
      ledger.register(i % 2 === 0 ? commands.newTask(`r${round}-${i}`) : commands.comment(taskIds[i % taskIds.length]!, `r${round}-${i}`)),
    );
    const answers = await Promise.all(burst.map((record) => attempt(session.client, ledger, record, ANSWER_WITHIN_MS)));
    for (const answer of answers) {
      firstAnswers.push(answer.status);
      if (answer.status !== 0) maxFirstLatencyMs = Math.max(maxFirstLatencyMs, answer.answeredAt - answer.sentAt);
    }
  }
  const sent = firstAnswers.length;
  const answered = firstAnswers.filter((status) => status !== 0).length;
  await resendPending(session.client, ledger, 45_000);
  const log = await session.owner((client) => checkAgainstLog(client, ledger));
  const afterwards = await session.client.send({ method: 'GET', path: '/tasks?limit=5', token: session.tokens.of('binh') });
  return {
    ...loadFigures(ledger, log),
    recoverMs: null,
    summary: `${answered}/${sent} answered at the first attempt (${JSON.stringify(countBy(firstAnswers))}), max latency ${maxFirstLatencyMs} ms`,
    checks: [
      ...loadChecks(ledger, log),
      check(
        `every one of ${sent} concurrent commands answered within ${ANSWER_WITHIN_MS / 1000} s`,
        answered === sent,
        `${sent - answered} unanswered`,
      ),
      check('reads served afterwards', afterwards.status === 200, `GET /tasks answered ${afterwards.status}`),
    ],
    details: {
      poolSize: POOL_SIZE,
      concurrent: CONCURRENT,
      rounds: ROUNDS,
      sent,
      answered,
      firstAnswers: countBy(firstAnswers),
      maxFirstLatencyMs,
      maxLatencyMs: ledger.maxLatencyMs,
      answers: ledger.statusSummary(),
      lostKeys: log.lost,
      duplicatedKeys: log.duplicated,
    },
  };
}

function countBy(statuses: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses)
    counts[status === 0 ? 'no answer' : String(status)] = (counts[status === 0 ? 'no answer' : String(status)] ?? 0) + 1;
  return counts;
}
