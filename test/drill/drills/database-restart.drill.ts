import { check, loadChecks, loadFigures, readCheck, type DrillFigures } from '../drill-result';
import type { DrillSession } from '../drill-session';
import { checkAgainstLog } from '../event-log';
import type { Answer } from '../http-client';
import { LoadLedger, pause, ReadLoad, resendPending, runWriters } from '../http-load';

const WRITERS = 8;
const LOAD_MS = 9_000;
const STOP_AFTER_MS = 2_000;
const DOWN_MS = 3_000;

interface HealthReport {
  status?: string;
  organisation?: { state?: string };
  deadlineWatcher?: { state?: string };
  projections?: { failed?: string[] };
}

/**
 * Drill 2, the database restarted under load: the same 8 writers for 9 s, and one reader listing tasks
 * (200, or 503 with Retry-After, never anything else); after 2 s the private cluster is
 * stopped (fast shutdown: every connection cut) for 3 s and started again; the service keeps running. While
 * it is down a read, a command and /health must answer 503 with Retry-After. Recovery: from the database
 * being back to the first 201. Then /health (an administrator's token) must come back to ok by itself,
 * with the organisation follower live and the deadline watcher watching (it runs every second here).
 */
export async function databaseRestart(session: DrillSession): Promise<DrillFigures> {
  const commands = session.commands('dbrestart');
  const taskIds = await session.createTasks(commands, 3);
  const ledger = new LoadLedger();
  const probes: Record<string, Answer> = {};
  let stoppedAt = 0;
  let backAt = 0;
  let health: { ok: boolean; at: number; last: unknown } = { ok: false, at: 0, last: null };
  const outage = (async () => {
    await pause(STOP_AFTER_MS);
    stoppedAt = Date.now();
    await session.cluster.stop();
    session.progress(`  database stopped after ${STOP_AFTER_MS} ms of load (stop took ${Date.now() - stoppedAt} ms)`);
    probes['GET /tasks'] = await session.client.send({ method: 'GET', path: '/tasks?limit=1', token: session.tokens.of('binh') });
    probes['POST /tasks'] = await session.client.send({
      method: 'POST',
      path: '/tasks',
      token: session.tokens.of('chairman'),
      body: commands.newTask('probe').body,
      headers: { 'Idempotency-Key': 'dbrestart-probe' },
    });
    probes['GET /health'] = await session.client.send({ method: 'GET', path: '/health' });
    await pause(Math.max(0, stoppedAt + DOWN_MS - Date.now()));
    await session.cluster.start();
    backAt = Date.now();
    session.progress(`  database started again after ${backAt - stoppedAt} ms down`);
    health = await healthBackToOk(session, 30_000);
  })();
  const reads = new ReadLoad();
  const reading = reads.run(session.client, session.tokens.of('binh'), '/tasks?unit=so-xay-dung&limit=20');
  await runWriters(session.client, ledger, { writers: WRITERS, durationMs: LOAD_MS, commandFor: commands.mixedLoad(taskIds, WRITERS) });
  reads.stop();
  await reading;
  await outage;
  const pendingAfterLoad = ledger.pending.length;
  await resendPending(session.client, ledger);
  const log = await session.owner((client) => checkAgainstLog(client, ledger));
  const firstAck = ledger.firstAcknowledgementAfter(backAt);

  const outageAnswers = Object.fromEntries(
    Object.entries(probes).map(([name, answer]) => [name, { status: answer.status, retryAfter: answer.retryAfter ?? null }]),
  );
  const probesOk = Object.values(probes).every((answer) => answer.status === 503 && /^\d+$/.test(answer.retryAfter ?? ''));
  return {
    ...loadFigures(ledger, log, reads),
    recoverMs: firstAck === undefined ? null : firstAck - backAt,
    summary:
      `down ${backAt - stoppedAt} ms; database back → first 201 ${firstAck === undefined ? '—' : firstAck - backAt} ms, → /health ok ${health.ok ? health.at - backAt : '—'} ms; ` +
      `${ledger.count(503)} command and ${reads.statuses.get(503) ?? 0} read answers 503`,
    checks: [
      ...loadChecks(ledger, log),
      readCheck(reads),
      check('503 with Retry-After while the database is down (a read, a command, /health)', probesOk, JSON.stringify(outageAnswers)),
      check('the writers felt the outage (some 503)', ledger.count(503) > 0, `answers: ${JSON.stringify(ledger.statusSummary())}`),
      check('every request answered (none timed out or cut off)', ledger.count(0) === 0, `${ledger.count(0)} without an answer`),
      check('/health back to ok: organisation follower live, deadline watcher watching', health.ok, JSON.stringify(health.last)),
    ],
    details: {
      writers: WRITERS,
      loadMs: LOAD_MS,
      stopAfterMs: STOP_AFTER_MS,
      downMs: backAt - stoppedAt,
      commands: ledger.records.size,
      answers: ledger.statusSummary(),
      reads: reads.statusSummary(),
      outageAnswers,
      notAcknowledgedWhenTheLoadEnded: pendingAfterLoad,
      databaseBackToFirst201Ms: firstAck === undefined ? null : firstAck - backAt,
      stopToFirst201AfterRestartMs: firstAck === undefined ? null : firstAck - stoppedAt,
      databaseBackToHealthOkMs: health.ok ? health.at - backAt : null,
      health: health.last,
      lostKeys: log.lost,
      duplicatedKeys: log.duplicated,
      unacknowledgedKeys: log.unacknowledged,
    },
  };
}

async function healthBackToOk(session: DrillSession, timeoutMs: number): Promise<{ ok: boolean; at: number; last: unknown }> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    const answer = await session.client.send({ method: 'GET', path: '/health', token: session.tokens.of('admin'), timeoutMs: 5_000 });
    const report = answer.body as HealthReport | null;
    last = { status: answer.status, body: report };
    if (
      answer.status === 200 &&
      report?.status === 'ok' &&
      report.organisation?.state === 'live' &&
      report.deadlineWatcher?.state === 'watching'
    ) {
      return {
        ok: true,
        at: Date.now(),
        last: {
          status: answer.status,
          organisation: report.organisation,
          deadlineWatcher: report.deadlineWatcher,
          projections: report.projections,
        },
      };
    }
    await pause(200);
  }
  return { ok: false, at: Date.now(), last };
}
