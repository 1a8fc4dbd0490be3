import { describe, expect, it } from '@jest/globals';
import { established, registered } from '../testing/org.fixture';
import { ImportPartOutOfStreamError, orgImportPartDecider } from './org-import-part.decider';

describe('orgImportPartDecider: a planned part of an organisation file, written to its stream', () => {
  const phong = established('phong-van-hoa', 'Phòng Văn hóa và Thông tin', 'office', 'ubnd-quan-hai-chau');

  it('decides the planned events of the stream, in the plan order', () => {
    const renamed = { ...phong, data: { ...phong.data, name: 'Phòng Văn hóa, Khoa học và Thông tin' } };
    const part = { type: 'WriteImportPart' as const, data: { streamId: 'unit-phong-van-hoa', events: [phong, renamed] } };
    expect(orgImportPartDecider.decide(part, orgImportPartDecider.initialState())).toEqual([phong, renamed]);
  });

  it('refuses an event of another stream (a planning defect), naming both streams', () => {
    const person = registered('vo-thi-hoa', 'Võ Thị Hoa', 'DN-0099');
    const part = { type: 'WriteImportPart' as const, data: { streamId: 'unit-phong-van-hoa', events: [phong, person] } };
    expect(() => orgImportPartDecider.decide(part, null)).toThrow(
      new ImportPartOutOfStreamError('unit-phong-van-hoa', 'person-vo-thi-hoa'),
    );
  });
});
