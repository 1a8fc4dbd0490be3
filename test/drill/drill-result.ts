import type { LedgerCheck } from './event-log';
import type { LoadLedger, ReadLoad } from './http-load';

/** A drill's own condition beyond "nothing lost, nothing doubled, no 5xx but 503". */
export interface DrillCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface DrillResult {
  id: number;
  name: string;
  /** HTTP requests sent, retries and replays included. */
  requests: number;
  /** Commands answered 201 (each key counted once). */
  acknowledged: number;
  lost: number;
  duplicated: number;
  /** 5xx answers other than 503. */
  serverErrors: number;
  /** The drill's own "back to normal" time (see its description), when it has one. */
  recoverMs: number | null;
  durationMs: number;
  /** The drill's own figures in a few words (attempts, latency, time to health…), for its progress line. */
  summary: string;
  checks: DrillCheck[];
  details: Record<string, unknown>;
  passed: boolean;
  /** The drill could not run to its end. */
  error?: string;
}

export type DrillFigures = Omit<DrillResult, 'id' | 'name' | 'durationMs' | 'passed' | 'error'>;

/** Passes only when nothing was lost or doubled, no 5xx but 503 was answered, and every check of the drill holds. */
export function judged(id: number, name: string, durationMs: number, figures: DrillFigures): DrillResult {
  const passed = figures.lost === 0 && figures.duplicated === 0 && figures.serverErrors === 0 && figures.checks.every((check) => check.ok);
  return { id, name, durationMs, ...figures, passed };
}

/** The figures every load drill shares, from its ledger, the log check and the reader beside the writers, if any. */
export function loadFigures(
  ledger: LoadLedger,
  log: LedgerCheck,
  reads?: ReadLoad,
): Pick<DrillFigures, 'requests' | 'acknowledged' | 'lost' | 'duplicated' | 'serverErrors'> {
  return {
    requests: ledger.requests + (reads?.requests ?? 0),
    acknowledged: ledger.acknowledged.length,
    lost: log.lost.length,
    duplicated: log.duplicated.length,
    serverErrors: ledger.serverErrors + (reads?.serverErrors ?? 0),
  };
}

/** The reader's check: every read answered 200, or 503 with Retry-After. */
export function readCheck(reads: ReadLoad): DrillCheck {
  return check(
    'every read answered 200, or 503 with Retry-After',
    reads.unexpected.length === 0,
    reads.unexpected
      .slice(0, 3)
      .map((answer) => `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`)
      .join(' | '),
  );
}

/** The checks every load drill shares: each command acknowledged in the end, and no answer a client could not act on. */
export function loadChecks(ledger: LoadLedger, log: LedgerCheck): DrillCheck[] {
  return [
    check(
      'every command acknowledged after resends',
      log.unacknowledged.length === 0,
      `${log.unacknowledged.length} not: ${log.unacknowledged.slice(0, 5).join(', ')}`,
    ),
    check(
      'every refusal retryable (503, or 409 with Retry-After)',
      ledger.unexpected.length === 0,
      ledger.unexpected
        .slice(0, 3)
        .map((answer) => `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`)
        .join(' | '),
    ),
  ];
}

export function check(name: string, ok: boolean, detail?: string): DrillCheck {
  return ok || detail === undefined ? { name, ok } : { name, ok, detail };
}
