import { check, loadChecks, loadFigures, readCheck, type DrillFigures } from '../drill-result';
import type { DrillSession } from '../drill-session';
import { checkAgainstLog, SERVICE_CONNECTIONS, terminateServiceBackends } from '../event-log';
import { LoadLedger, pause, ReadLoad, replayAcknowledged, resendPending, runWriters } from '../http-load';

const WRITERS = 8;
const LOAD_MS = 5_000;
const EVERY_MS = 200;

/**
 * Drill 5, connections terminated: during 5 s of the 8 writers' load, every ~200 ms the operator's
 * pg_terminate_backend hits every backend of the service on its database (pool, read models, LISTEN, by
 * application_name), while one reader lists tasks through the read models' own connections. The process
 * must stay up (same pid), every command land once after resends, every read be answered 200 or 503,
 * and /health be ok afterwards.
 */
export async function terminatedConnections(session: DrillSession): Promise<DrillFigures> {
  const commands = session.commands('terminate');
  const taskIds = await session.createTasks(commands, 3);
  const ledger = new LoadLedger();
  const service = session.service;
  const pidBefore = service.pid;
  const terminated = new Map<string, number>(SERVICE_CONNECTIONS.map((kind) => [kind, 0]));
  let rounds = 0;
  let stop = false;
  const killer = session.owner(async (client) => {
    while (!stop) {
      for (const [kind, n] of await terminateServiceBackends(client)) terminated.set(kind, (terminated.get(kind) ?? 0) + n);
      rounds += 1;
      await pause(EVERY_MS);
    }
  });
  const reads = new ReadLoad();
  const reading = reads.run(session.client, session.tokens.of('binh'), '/tasks?unit=so-xay-dung&limit=20');
  await runWriters(session.client, ledger, { writers: WRITERS, durationMs: LOAD_MS, commandFor: commands.mixedLoad(taskIds, WRITERS) });
  reads.stop();
  await reading;
  stop = true;
  await killer;
  const pendingAfterLoad = ledger.pending.length;
  await resendPending(session.client, ledger);
  const replaysDiffering = await replayAcknowledged(session.client, ledger);
  const log = await session.owner((client) => checkAgainstLog(client, ledger));
  const health = await session.client.send({ method: 'GET', path: '/health', token: session.tokens.of('admin') });
  const report = health.body as { status?: string; organisation?: { state?: string } } | null;
  const everyKindHit = [...terminated.values()].every((n) => n > 0);
  return {
    ...loadFigures(ledger, log, reads),
    recoverMs: null,
    summary: `terminated ${[...terminated].map(([kind, n]) => `${n} ${kind}`).join(', ')} in ${rounds} rounds; pid ${service.pid === pidBefore ? 'unchanged' : 'CHANGED'}`,
    checks: [
      ...loadChecks(ledger, log),
      readCheck(reads),
      check(
        'the process stayed up (same pid, still running)',
        service.alive && service.pid === pidBefore,
        `pid ${pidBefore} → ${service.pid}, alive: ${service.alive}`,
      ),
      check('every kind of connection was terminated at least once', everyKindHit, JSON.stringify(Object.fromEntries(terminated))),
      check('every replay answered 201 naming the same events', replaysDiffering.length === 0, replaysDiffering.slice(0, 5).join(', ')),
      check(
        '/health ok afterwards, organisation follower live',
        health.status === 200 && report?.status === 'ok' && report.organisation?.state === 'live',
        JSON.stringify(report),
      ),
    ],
    details: {
      writers: WRITERS,
      loadMs: LOAD_MS,
      terminationRounds: rounds,
      terminated: Object.fromEntries(terminated),
      commands: ledger.records.size,
      answers: ledger.statusSummary(),
      reads: reads.statusSummary(),
      notAcknowledgedWhenTheLoadEnded: pendingAfterLoad,
      replaysDiffering,
      lostKeys: log.lost,
      duplicatedKeys: log.duplicated,
      unacknowledgedKeys: log.unacknowledged,
    },
  };
}
