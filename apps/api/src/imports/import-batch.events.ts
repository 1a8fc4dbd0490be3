/**
 * The lifecycle of an import batch, recorded in the log on the stream `import-<batchId>` so that every
 * process (each API instance's deadline watcher) sees it and it survives restarts. The imported events
 * themselves carry `metadata.import = { source, batchId }`.
 */
export const IMPORT_STREAM_CATEGORY = 'import';

export const importStreamId = (batchId: string): string => `${IMPORT_STREAM_CATEGORY}-${batchId}`;

export interface ImportStartedData {
  batchId: string;
  source: string;
  /** Tasks the batch will write to, when known before it runs (for history added to existing tasks); null: the tasks its events name. */
  taskIds: string[] | null;
}

export interface ImportProgressedData {
  batchId: string;
  done: number;
  total: number;
}

export interface ImportResumedData {
  batchId: string;
}

export interface ImportFinishedData {
  batchId: string;
  /** Tasks the batch wrote. */
  tasks: number;
}

const IMPORT_BATCH_EVENT_TYPES = ['ImportStarted', 'ImportProgressed', 'ImportResumed', 'ImportFinished'] as const;
export type ImportBatchEventType = (typeof IMPORT_BATCH_EVENT_TYPES)[number];
