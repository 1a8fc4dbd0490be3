import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@lib/event-store';
import { evolveImportBatches, IMPORT_BATCHES_NONE, runningImports } from './import-batches';

const MINUTE = 60_000;
const STALE = 30 * MINUTE;
const T0 = Date.parse('2026-12-06T03:00:00.000Z');
let position = 0;

const lifecycle = (batchId: string, type: string, data: Record<string, unknown>, recordedAtMs: number): StoredEvent => {
  position += 1;
  return {
    id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    type,
    data: { batchId, ...data },
    streamId: `import-${batchId}`,
    streamVersion: 0,
    globalPosition: position,
    checkpoint: `1/${position}`,
    recordedAt: new Date(recordedAtMs).toISOString(),
    metadata: {
      actor: { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' },
      commandId: 'c',
      correlationId: 'c',
      causationId: null,
      occurredAt: new Date(recordedAtMs).toISOString(),
      schemaVersion: 1,
    },
  };
};

const fold = (events: StoredEvent[]) => events.reduce(evolveImportBatches, IMPORT_BATCHES_NONE);

describe('import batches: which are still running', () => {
  it('a started batch runs, with the tasks it declares, until it finishes', () => {
    const started = fold([lifecycle('b-1', 'ImportStarted', { source: 'legacy', taskIds: ['6a2e0c1d-4c55-4d0a-9a8e-1d3c2b7e9a01'] }, T0)]);
    expect(runningImports(started, T0 + MINUTE, STALE)).toEqual({
      batchIds: new Set(['b-1']),
      taskIds: new Map([['6a2e0c1d-4c55-4d0a-9a8e-1d3c2b7e9a01', 'b-1']]),
    });
    const finished = evolveImportBatches(started, lifecycle('b-1', 'ImportFinished', { tasks: 1 }, T0 + 2 * MINUTE));
    expect(runningImports(finished, T0 + 3 * MINUTE, STALE)).toEqual({ batchIds: new Set(), taskIds: new Map() });
  });

  it('a batch with no activity for the stale window is deemed abandoned; progress or a resumption keeps it running', () => {
    const started = fold([lifecycle('b-2', 'ImportStarted', { source: 'legacy', taskIds: null }, T0)]);
    expect(runningImports(started, T0 + STALE, STALE).batchIds).toEqual(new Set(['b-2']));
    expect(runningImports(started, T0 + STALE + 1, STALE).batchIds).toEqual(new Set());
    const progressed = evolveImportBatches(started, lifecycle('b-2', 'ImportProgressed', { done: 50, total: 300 }, T0 + 20 * MINUTE));
    expect(runningImports(progressed, T0 + STALE + MINUTE, STALE).batchIds).toEqual(new Set(['b-2']));
    const resumed = evolveImportBatches(progressed, lifecycle('b-2', 'ImportResumed', {}, T0 + 24 * 60 * MINUTE));
    expect(runningImports(resumed, T0 + 24 * 60 * MINUTE + MINUTE, STALE).batchIds).toEqual(new Set(['b-2']));
  });

  it('a batch resumed after it finished runs again (the demo loader resumes after a stop between the two)', () => {
    const state = fold([
      lifecycle('b-3', 'ImportStarted', { source: 'legacy', taskIds: null }, T0),
      lifecycle('b-3', 'ImportFinished', { tasks: 3 }, T0 + MINUTE),
      lifecycle('b-3', 'ImportResumed', {}, T0 + 2 * MINUTE),
    ]);
    expect(runningImports(state, T0 + 3 * MINUTE, STALE).batchIds).toEqual(new Set(['b-3']));
  });

  it('only UUID task ids are taken from a declaration', () => {
    const state = fold([
      lifecycle('b-5', 'ImportStarted', { source: 'legacy', taskIds: ['0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01', 'T1', 7] }, T0),
    ]);
    expect(runningImports(state, T0, STALE).taskIds).toEqual(new Map([['0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01', 'b-5']]));
  });

  it('events of other streams and types change nothing; a batch never started is not running', () => {
    const state = fold([
      lifecycle('b-4', 'ImportProgressed', { done: 1, total: 2 }, T0),
      { ...lifecycle('x', 'DemoDataLoaded', {}, T0), streamId: 'system-demo' },
    ]);
    expect(runningImports(state, T0 + MINUTE, STALE)).toEqual({ batchIds: new Set(), taskIds: new Map() });
  });
});
