import { describe, expect, it } from '@jest/globals';
import { assertValidAppend } from './append-validation';
import { InvalidEventError } from './event-store.errors';
import type { NewEvent } from './stored-event';

const event = (metadata: Record<string, unknown> = {}): NewEvent => ({
  id: '0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01',
  type: 'TaskAssigned',
  data: {},
  metadata: {
    actor: { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' },
    commandId: 'c-1',
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2026-03-02T02:00:00.000Z',
    schemaVersion: 1,
    ...metadata,
  },
});

const refusal = (metadata: Record<string, unknown>): InvalidEventError | undefined => {
  try {
    assertValidAppend('task-0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01', [event(metadata)], 'any');
  } catch (error) {
    if (error instanceof InvalidEventError) return error;
    throw error;
  }
  return undefined;
};

describe('event metadata: an import names its source and batch', () => {
  it('accepts an event without import metadata, and one naming a source and a batch', () => {
    expect(refusal({})).toBeUndefined();
    expect(refusal({ import: { source: 'demo-city', batchId: 'demo-city' } })).toBeUndefined();
    expect(
      refusal({ import: { source: 'Phần mềm quản lý văn bản cũ (export 2025)', batchId: '2f1e9a4c-4c55-4d0a-9a8e-1d3c2b7e9a01' } }),
    ).toBeUndefined();
  });

  it.each([
    ['not an object', 'demo-city', 'metadata.import'],
    ['an array', ['demo-city'], 'metadata.import'],
    ['no source', { batchId: 'b-1' }, 'metadata.import.source'],
    ['an empty source', { source: ' ', batchId: 'b-1' }, 'metadata.import.source'],
    ['a source with a control character', { source: 'legacy\u0000', batchId: 'b-1' }, 'metadata.import.source'],
    ['a source longer than 200 characters', { source: 'x'.repeat(201), batchId: 'b-1' }, 'metadata.import.source'],
    ['no batch', { source: 'legacy' }, 'metadata.import.batchId'],
    ['a batch with a space', { source: 'legacy', batchId: 'batch 1' }, 'metadata.import.batchId'],
    ['a batch longer than 100 characters', { source: 'legacy', batchId: 'b'.repeat(101) }, 'metadata.import.batchId'],
    ['an unknown field', { source: 'legacy', batchId: 'b-1', file: 'x.csv' }, 'metadata.import.file'],
  ])('refuses import metadata that is %s, naming the field', (_case, value, field) => {
    expect(refusal({ import: value })).toMatchObject({ field });
  });
});
