import { check, loadChecks, loadFigures, type DrillFigures } from '../drill-result';
import type { DrillSession } from '../drill-session';
import { checkAgainstLog } from '../event-log';
import { LoadLedger, pause, replayAcknowledged, resendPending, runWriters } from '../http-load';
import { compareWithRebuild, readModelsCaughtUpOverHttp } from '../projections-check';

const WRITERS = 8;
const LOAD_MS = 10_000;
const KILL_AFTER_MS = 4_000;

/**
 * Drill 1, kill -9 under load: 8 writers with Idempotency-Keys (6 commenting on 3 tasks, 2 assigning new
 * tasks) for 10 s; the service is SIGKILLed after 4 s and started again at once on the same port. Every
 * command not acknowledged is sent again with its key until it is (claims of the requests cut off lapse
 * after 30 s), then every acknowledged one once more (a replay must name the same events). Recovery: from
 * the kill to the first 201. Then the read models, caught up, must equal a clean rebuild byte for byte.
 */
export async function killUnderLoad(session: DrillSession): Promise<DrillFigures> {
  const commands = session.commands('kill');
  const taskIds = await session.createTasks(commands, 3);
  const ledger = new LoadLedger();
  const service = session.service;
  const pidBefore = service.pid;
  let killedAt = 0;
  let restartMs = 0;
  const chaos = (async () => {
    await pause(KILL_AFTER_MS);
    killedAt = Date.now();
    await service.kill();
    session.progress(`  SIGKILL sent to pid ${pidBefore} after ${KILL_AFTER_MS} ms of load; starting it again`);
    await service.start();
    restartMs = Date.now() - killedAt;
  })();
  await runWriters(session.client, ledger, { writers: WRITERS, durationMs: LOAD_MS, commandFor: commands.mixedLoad(taskIds, WRITERS) });
  await chaos;
  const pendingAfterLoad = ledger.pending.length;
  const resendStarted = Date.now();
  await resendPending(session.client, ledger);
  const resendMs = Date.now() - resendStarted;
  const replaysDiffering = await replayAcknowledged(session.client, ledger);
  const log = await session.owner((client) => checkAgainstLog(client, ledger));
  const firstAck = ledger.firstAcknowledgementAfter(killedAt);

  const catchUpMs = await readModelsCaughtUpOverHttp(session.client, session.tokens.of('admin'));
  await session.stopService();
  const rebuild = await compareWithRebuild(session.urls);
  session.progress(
    `  read models: ${rebuild.rows} rows in ${rebuild.tables} tables, ${rebuild.identical ? 'identical to' : 'DIFFERENT from'} a clean rebuild (${rebuild.rebuildMs} ms)`,
  );

  return {
    ...loadFigures(ledger, log),
    recoverMs: firstAck === undefined ? null : firstAck - killedAt,
    summary:
      `kill → first 201 ${firstAck === undefined ? '—' : firstAck - killedAt} ms (restart ${restartMs} ms); ${pendingAfterLoad} unacknowledged when the load ended, ` +
      `all acknowledged after ${(resendMs / 1000).toFixed(1)} s of resends; read models ${rebuild.identical ? '=' : '≠'} rebuild (${rebuild.rows} rows)`,
    checks: [
      ...loadChecks(ledger, log),
      check('the service answered again after the restart', firstAck !== undefined),
      check('every replay answered 201 naming the same events', replaysDiffering.length === 0, replaysDiffering.slice(0, 5).join(', ')),
      check('read models equal a clean rebuild, byte for byte', rebuild.identical, JSON.stringify(rebuild.firstDifference)),
    ],
    details: {
      writers: WRITERS,
      loadMs: LOAD_MS,
      killAfterMs: KILL_AFTER_MS,
      commands: ledger.records.size,
      answers: ledger.statusSummary(),
      notAcknowledgedWhenTheLoadEnded: pendingAfterLoad,
      resendMs,
      restartMs,
      killToFirst201Ms: firstAck === undefined ? null : firstAck - killedAt,
      replaysDiffering,
      lostKeys: log.lost,
      duplicatedKeys: log.duplicated,
      unacknowledgedKeys: log.unacknowledged,
      projectionsCaughtUpMs: catchUpMs,
      rebuild,
    },
  };
}
