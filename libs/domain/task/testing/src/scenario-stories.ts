import { cast, unit } from './city-cast';
import { day, due, party } from './story-days';
import { TaskStory } from './task-story';

/**
 * S1 of scenarios.md as recorded events: UBND TP assigns T1 to Sở Xây dựng on Monday 2 March 2026 (due d+10,
 * 16 March), Bình delegates it to Cường at 10:00, Cường transfers it to Sở TN&MT on d+2, Sở TN&MT returns it
 * to him on d+3, he completes it on d+12 (18 March). The custody and rules specs read the same story.
 */
export function storyS1(taskId = 't1') {
  const story = new TaskStory(taskId);
  const assigned = story.assigned(day(0), cast.tranVanAn, unit.soXayDung, { dueAt: due(10) });
  const delegated = story.delegated(day(0, '10:00'), cast.nguyenThiBinh, cast.leVanCuong);
  const transferred = story.transferred(day(2), cast.leVanCuong, { unitId: unit.soTnmt });
  const returned = story.returned(day(3), cast.phamMinhDung, party(cast.leVanCuong));
  const completed = story.completed(day(12), cast.leVanCuong);
  return { story, ids: { assigned, delegated, transferred, returned, completed } };
}
