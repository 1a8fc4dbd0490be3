import { describe, expect, it } from '@jest/globals';
import type { DisciplinaryCaseEvent } from './discipline.events';
import { findingCitations } from './finding-citations';

const proposed = (caseId: string, personId: string, findingIds: string[]): DisciplinaryCaseEvent =>
  ({
    type: 'DisciplinaryCaseProposed',
    data: { caseId, personId, findings: findingIds.map((findingId) => ({ findingId })) },
  }) as unknown as DisciplinaryCaseEvent;

describe('which cases cite which finding', () => {
  it('follows each case to its decision and drops a withdrawn case, freeing its findings', () => {
    const events: DisciplinaryCaseEvent[] = [
      proposed('c1', 'cuong', ['f1', 'f2']),
      proposed('c2', 'binh', ['f1']),
      proposed('c3', 'cuong', ['f3']),
      { type: 'DisciplinaryCaseReviewStarted', data: { caseId: 'c1', personId: 'cuong', note: null } },
      {
        type: 'DisciplinaryCaseDecided',
        data: { caseId: 'c1', personId: 'cuong', form: 'khien_trach', document: { number: '125/QĐ-UBND', date: '2026-06-20' } },
      } as unknown as DisciplinaryCaseEvent,
      { type: 'DisciplinaryCaseReviewStarted', data: { caseId: 'c2', personId: 'binh', note: null } },
      {
        type: 'DisciplinaryCaseWithdrawn',
        data: { caseId: 'c3', personId: 'cuong', reason: 'Thanh tra đề nghị xem xét lại toàn bộ hồ sơ.' },
      },
    ];
    const citations = findingCitations(events);
    const c1 = {
      caseId: 'c1',
      personId: 'cuong',
      status: 'decided',
      decision: { number: '125/QĐ-UBND', date: '2026-06-20', form: 'khien_trach' },
    };
    expect(citations.get('f1')).toEqual([c1, { caseId: 'c2', personId: 'binh', status: 'under_review', decision: null }]);
    expect(citations.get('f2')).toEqual([c1]);
    expect(citations.has('f3')).toBe(false);
  });
});
