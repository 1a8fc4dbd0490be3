import type { StoredEvent } from '@lib/event-store';
import { IMPORT_STREAM_CATEGORY, type ImportStartedData } from './import-batch.events';

interface BatchState {
  finished: boolean;
  taskIds: ReadonlyArray<string>;
  /** When the store recorded the batch's last lifecycle event (ms): its last sign of life. */
  lastActivityMs: number;
}

/** Every batch the log knows, by id. */
export type ImportBatches = ReadonlyMap<string, BatchState>;

export const IMPORT_BATCHES_NONE: ImportBatches = new Map();

export interface RunningImports {
  batchIds: ReadonlySet<string>;
  /** Tasks declared by a running batch before it wrote to them, with that batch. */
  taskIds: ReadonlyMap<string, string>;
}

/** Folds one event of the log; anything but a batch's lifecycle leaves the state as it is. */
export function evolveImportBatches(state: ImportBatches, event: StoredEvent): ImportBatches {
  if (!event.streamId.startsWith(`${IMPORT_STREAM_CATEGORY}-`)) return state;
  const batchId = event.streamId.slice(IMPORT_STREAM_CATEGORY.length + 1);
  const known = state.get(batchId);
  const at = Date.parse(event.recordedAt);
  let next: BatchState | undefined;
  switch (event.type) {
    case 'ImportStarted':
      next = { finished: false, taskIds: declaredTasks(event.data as Partial<ImportStartedData>), lastActivityMs: at };
      break;
    case 'ImportProgressed':
    case 'ImportResumed':
      // A resumption after a finish reopens the batch: the loader found it incomplete after all.
      next = known && { ...known, finished: event.type === 'ImportResumed' ? false : known.finished, lastActivityMs: at };
      break;
    case 'ImportFinished':
      next = known && { ...known, finished: true, lastActivityMs: at };
      break;
  }
  if (next === undefined) return state;
  return new Map(state).set(batchId, next);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only task ids the watcher can look up (the loader writes nothing else; a foreign writer might). */
function declaredTasks(data: Partial<ImportStartedData>): string[] {
  return Array.isArray(data.taskIds)
    ? data.taskIds.filter((taskId): taskId is string => typeof taskId === 'string' && UUID.test(taskId))
    : [];
}

/**
 * The batches still running at `nowMs`: started, not finished, and active within `staleMs`. A batch silent
 * for longer is deemed abandoned (a load that crashed and was never resumed), so it cannot silence the
 * deadline watcher forever; a resumption makes it run again.
 */
export function runningImports(state: ImportBatches, nowMs: number, staleMs: number): RunningImports {
  const batchIds = new Set<string>();
  const taskIds = new Map<string, string>();
  for (const [batchId, batch] of state) {
    if (batch.finished || nowMs - batch.lastActivityMs > staleMs) continue;
    batchIds.add(batchId);
    for (const taskId of batch.taskIds) taskIds.set(taskId, batchId);
  }
  return { batchIds, taskIds };
}
