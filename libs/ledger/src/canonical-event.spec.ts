import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '@lib/event-store';
import { canonicalEventBytes, leafHashOfEvent } from './canonical-event';
import type { LedgerEvent } from './canonical-event';

const stored: StoredEvent = {
  id: '0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01',
  type: 'TaskAssigned',
  streamId: 'task-0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a01',
  streamVersion: 0,
  globalPosition: 42,
  checkpoint: '42',
  recordedAt: '2026-03-02T02:00:01.123Z',
  data: { title: 'Thẩm định hồ sơ xây dựng', assignee: { unitId: 'so-xay-dung' }, dueDays: 15 },
  metadata: {
    actor: { personId: 'he-thong', unitId: 'van-phong-ubnd-tp' },
    commandId: 'c-1',
    correlationId: 'c-1',
    causationId: null,
    occurredAt: '2026-03-02T02:00:00.000Z',
    schemaVersion: 1,
  },
};

describe('canonicalEventBytes', () => {
  it('encodes the example of its documentation byte for byte', () => {
    const event: LedgerEvent = {
      globalPosition: 1,
      id: 'a',
      streamId: 's-1',
      streamVersion: 0,
      type: 'T',
      data: { b: 1, a: 'é' },
      metadata: {},
      recordedAt: '2026-01-01T00:00:00.000Z',
    };
    const bytes = canonicalEventBytes(event);
    expect(bytes.toString('utf8')).toBe(
      '{"data":{"a":"é","b":1},"globalPosition":1,"id":"a","metadata":{},"recordedAt":"2026-01-01T00:00:00.000Z","streamId":"s-1","streamVersion":0,"type":"T"}',
    );
    expect(bytes.subarray(14, 16).toString('hex')).toBe('c3a9');
    // A regression vector of this library (no public one exists): changing the encoding changes every leaf.
    expect(leafHashOfEvent(event).toString('hex')).toBe('14ff09b72937e9dec0d0a28bf14a92b84d3c550f1d387ee6c5b27372087d72a8');
  });

  it('takes a StoredEvent as the store serves it, leaving out its opaque checkpoint', () => {
    const text = canonicalEventBytes(stored).toString('utf8');
    expect(text).not.toContain('checkpoint');
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'data',
      'globalPosition',
      'id',
      'metadata',
      'recordedAt',
      'streamId',
      'streamVersion',
      'type',
    ]);
    expect(text).toContain('"title":"Thẩm định hồ sơ xây dựng"');
    expect(text.startsWith('{"data":{"assignee":{"unitId":"so-xay-dung"},"dueDays":15,"title"')).toBe(true);
  });

  it('is the hash SHA-256(0x00 || bytes), the same whatever the order the fields and members come in', () => {
    const reordered: LedgerEvent = {
      recordedAt: stored.recordedAt,
      metadata: Object.fromEntries(Object.entries(stored.metadata).reverse()),
      data: Object.fromEntries(Object.entries(stored.data).reverse()),
      type: stored.type,
      streamVersion: stored.streamVersion,
      streamId: stored.streamId,
      id: stored.id,
      globalPosition: stored.globalPosition,
    };
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from([0]), canonicalEventBytes(stored)]))
      .digest();
    expect(leafHashOfEvent(stored)).toEqual(expected);
    expect(leafHashOfEvent(reordered)).toEqual(expected);
  });

  it('gives another leaf for any change of a committed field', () => {
    const base = leafHashOfEvent(stored).toString('hex');
    const changed: LedgerEvent[] = [
      { ...stored, globalPosition: 43 },
      { ...stored, id: '0b5c3f0e-4c55-4d0a-9a8e-1d3c2b7e9a02' },
      { ...stored, streamId: 'task-other' },
      { ...stored, streamVersion: 1 },
      { ...stored, type: 'TaskTransferred' },
      { ...stored, data: { ...stored.data, dueDays: 16 } },
      { ...stored, metadata: { ...stored.metadata, commandId: 'c-2' } },
      { ...stored, recordedAt: '2026-03-02T02:00:01.123+00:00' },
      // Composed and decomposed Vietnamese are different text: no normalisation.
      { ...stored, data: { ...stored.data, title: stored.data.title?.toString().normalize('NFD') } },
    ];
    for (const event of changed) expect(leafHashOfEvent(event).toString('hex')).not.toBe(base);
  });

  it.each([
    ['a fractional globalPosition', { globalPosition: 1.5 }],
    ['a negative streamVersion', { streamVersion: -1 }],
    ['a globalPosition as a string', { globalPosition: '42' }],
    ['a Date as recordedAt', { recordedAt: new Date(0) }],
    ['a missing type', { type: undefined }],
    ['undefined in data', { data: { note: undefined } }],
    ['a non-finite number in metadata', { metadata: { weight: Number.NaN } }],
  ])('refuses an event with %s', (_case, change) => {
    expect(() => canonicalEventBytes({ ...stored, ...change } as unknown as LedgerEvent)).toThrow(TypeError);
  });
});
