import { describe, expect, it } from '@jest/globals';
import { entriesInForce } from '@lib/domain/task';
import { custodyEntryOf } from './custody-entry';
import { custodyEntriesInForce, custodyLogOf } from './custody-log';
import { day, due, leVanCuong, nguyenThiBinh, phamMinhDung, TaskStory, tranVanAn, unit } from './testing/custody.fixture';

/**
 * Custody keeps its own compact log (the projection stores it), but which entries are in force is the task
 * lib's one rule: the two must name the same entries for any instant, voidings dated before or after it.
 */
describe('custody entries in force agree with the task lib fold', () => {
  const story = new TaskStory('tf');
  story.assigned(day(0), tranVanAn, unit.soXayDung, { dueAt: due(10) });
  story.delegated(day(0, '10:00'), nguyenThiBinh, leVanCuong);
  const transferred = story.transferred(day(2), leVanCuong, { unitId: unit.soTnmt });
  story.voided(day(4, '11:00'), leVanCuong, transferred, 'TaskTransferred');
  const commented = story.commented(day(3), leVanCuong, 'Đang tổng hợp ý kiến');
  story.corrected(day(5), leVanCuong, commented, 'TaskCommented', { content: 'Đang tổng hợp ý kiến các phòng' });
  const returned = story.returned(day(6), leVanCuong, { unitId: unit.ubndTp });
  story.voided(day(6, '15:00'), tranVanAn, returned, 'TaskReturned');
  story.transferred(day(7), leVanCuong, { unitId: unit.soTnmt });
  story.received(day(7, '14:00'), phamMinhDung);
  story.completed(day(12), phamMinhDung);
  const log = custodyLogOf(story.events);

  it.each([day(0, '09:30'), day(2, '12:00'), day(4, '12:00'), day(6, '12:00'), day(6, '16:00'), day(20)])('as of %s', (asOf) => {
    const asOfMs = Date.parse(asOf);
    const fromTaskLib = entriesInForce(story.events, asOfMs).filter((entry) => custodyEntryOf(entry) !== null);
    expect(custodyEntriesInForce(log, asOfMs).map((entry) => entry.eventId)).toEqual(fromTaskLib.map((entry) => entry.metadata.eventId));
  });

  it('drops a voided entry even before its voiding was recorded, as the task lib does', () => {
    const before = Date.parse(day(3));
    expect(custodyEntriesInForce(log, before).map((entry) => entry.eventId)).not.toContain(transferred);
  });
});
