import { describe, expect, it } from '@jest/globals';
import { decodeFindingListCursor, encodeFindingListCursor } from './finding-list.cursor';

const FINDING = '5d0c9a8b-7e6f-4a3b-9c2d-aabbccddeeff';

describe('the GET /findings cursor', () => {
  it('decodes to the position it was made from', () => {
    const cursor = encodeFindingListCursor(new Date('2026-03-16T01:30:00.000Z'), FINDING);
    expect(cursor).not.toContain(FINDING);
    expect(decodeFindingListCursor(cursor)).toEqual({ at: '2026-03-16T01:30:00.000Z', findingId: FINDING });
  });

  it('is null for any text this endpoint did not hand out', () => {
    const notJson = 'not-a-cursor';
    const notADate = Buffer.from(JSON.stringify(['yesterday', FINDING])).toString('base64url');
    const notAnId = Buffer.from(JSON.stringify(['2026-03-16T01:30:00.000Z', 'finding-1'])).toString('base64url');
    for (const text of [notJson, notADate, notAnId]) expect(decodeFindingListCursor(text)).toBeNull();
  });
});
