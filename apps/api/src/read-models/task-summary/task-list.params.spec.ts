import { describe, expect, it } from '@jest/globals';
import { encodeTaskListCursor as encodeCursor } from '@lib/read-models/task-custody';
import { parseInstantParam, parseTaskListFilter } from './task-list.params';

const NOW = '2026-03-31T03:00:00.000Z';

describe('GET /tasks parameters', () => {
  it('defaults: 50 per page, as of now, no filters, no jurisdiction restriction unless the controller passes one', () => {
    expect(parseTaskListFilter({}, NOW, ['so-xay-dung']).units).toEqual(['so-xay-dung']);
    expect(parseTaskListFilter({}, NOW)).toEqual({
      unit: null,
      person: null,
      status: null,
      category: null,
      overdue: false,
      from: null,
      to: null,
      words: [],
      limit: 50,
      cursor: null,
      asOf: NOW,
      units: null,
    });
  });

  it('a local day starts at 00:00 in Asia/Ho_Chi_Minh; `to` includes the whole day', () => {
    expect(parseInstantParam('from', '2026-03-16')).toBe('2026-03-15T17:00:00.000Z');
    expect(parseInstantParam('to', '2026-03-16', true)).toBe('2026-03-16T17:00:00.000Z');
    expect(parseInstantParam('asOf', '2026-03-16T10:00:00+07:00')).toBe('2026-03-16T03:00:00.000Z');
  });

  it('refuses instants PostgreSQL cannot read (year 0, extended years) with a 400 naming the parameter', () => {
    for (const value of ['0000-01-01', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00Z', '10000-01-01']) {
      expect(() => parseInstantParam('from', value)).toThrow(
        expect.objectContaining({
          response: expect.objectContaining({ errors: [{ field: 'from', reason: 'phải nằm trong các năm 1 đến 9999 (UTC)' }] }),
        }),
      );
    }
    expect(parseInstantParam('to', '9999-12-30', true)).toBe('9999-12-30T17:00:00.000Z');
  });

  it('q: trimmed, folded into its words (marks, đ and case aside); up to 200 characters', () => {
    expect(parseTaskListFilter({ q: '  Xây  DỰNG đô thị ' }, NOW).words).toEqual(['xay', 'dung', 'do', 'thi']);
    expect(parseTaskListFilter({ q: '' }, NOW).words).toEqual([]);
    expect(parseTaskListFilter({ q: ` ${'ệ'.repeat(200)} ` }, NOW).words).toEqual(['e'.repeat(200)]);
  });

  it('the cursor round-trips and stays opaque', () => {
    const cursor = encodeCursor('2026-03-16T01:30:00.000Z', '0b7c6f5e-1d2a-4c3b-8a9f-112233445566');
    expect(cursor).not.toContain('2026');
    expect(parseTaskListFilter({ cursor, limit: '200' }, NOW)).toMatchObject({
      limit: 200,
      cursor: { assignedAt: '2026-03-16T01:30:00.000Z', taskId: '0b7c6f5e-1d2a-4c3b-8a9f-112233445566' },
    });
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '201' }, 'limit'],
    [{ status: 'late' }, 'status'],
    [{ overdue: 'yes' }, 'overdue'],
    [{ from: 'yesterday' }, 'from'],
    [{ cursor: 'not-a-cursor' }, 'cursor'],
    [{ q: 'a'.repeat(201) }, 'q'],
    [{ q: '   ' }, 'q'],
    [{ q: ['xay', 'dung'] }, 'q'],
  ])('refuses %j naming %s', (query, field) => {
    expect(() => parseTaskListFilter(query, NOW)).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ errors: [expect.objectContaining({ field })] }) }),
    );
  });
});
