import { describe, expect, it } from '@jest/globals';
import { dossierCode, DocumentNumbers } from './document-numbers';
import { SeededRandom } from '@lib/domain/core';

describe('DocumentNumbers', () => {
  it('numbers each issuer’s documents in date order, skipping reserved numbers', () => {
    const documents = new DocumentNumbers(new SeededRandom(3));
    documents.setPace('ubnd-tp', 1, 1);
    for (let number = 2; number <= 21; number += 1) documents.reserve('ubnd-tp', number);
    const late = documents.issue('ubnd-tp', 'UBND-TH', '2026-05-04');
    const early = documents.issue('ubnd-tp', 'UBND-KT', '2026-01-05');
    const other = documents.issue('so-xay-dung', 'SXD-QLXD', '2026-01-05');
    documents.finalise();
    expect([early.number, late.number]).toEqual(['22/UBND-KT', '23/UBND-TH']);
    expect(other.number).toMatch(/^\d+\/SXD-QLXD$/);
    expect(() => documents.issue('ubnd-tp', 'UBND-TH', '2026-06-01')).toThrow('already final');
  });

  it('prints one-stop dossier codes as agency-date-sequence', () => {
    expect(dossierCode('000.21.02.H17', '2026-03-02', 7)).toBe('000.21.02.H17-260302-0007');
  });
});
