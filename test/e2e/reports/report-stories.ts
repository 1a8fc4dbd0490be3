import { cast, retell } from '@lib/domain/task/testing';
import { city } from '../../support/city.fixture';
import { at, type ScenarioClient } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';
import { s2OverHttp, s3OverHttp, s4OverHttp, s5OverHttp } from '../scenarios/stories-over-http';
import { playStory, StoryPlayer } from '../scenarios/story-driver';

const { chairman } = city;

export interface StoryTasks {
  t1: string;
  s4OnTime: string;
  s4Late: string;
  s4Excused: string;
  t2: string;
  t3: string;
  s5Pushed: string;
  s5Handled: string;
  /** The PING_PONG and OWN_WORK_TRANSFERRED transfer of T1, and the difficulty recorded on the excused S4 task. */
  difficultyEventId: string;
}

/**
 * S1–S5 of scenarios.md as the scenario specs play them (test/e2e/scenarios, test/e2e/findings), the handling
 * official named at assignment (`responsiblePerson`), plus one S4 variant: a difficulty reported before the
 * deadline, then completed late on 2 March, the difficulty accepted by the chairman on 3 March (the objective
 * reason of the evaluation: a difficulty the holder only reported would excuse nothing).
 */
export async function playStories(api: ScenarioClient): Promise<StoryTasks> {
  const t1 = await playS1(api);

  const s4OnTime = await playStory(api, s4OverHttp(5, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ'));
  const s4Late = await playStory(api, s4OverHttp(6, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 2)'));
  const excused = new StoryPlayer(
    api,
    s4OverHttp(6, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 3)', [
      {
        name: 'difficulty',
        act: 'reportDifficulty',
        day: 4,
        time: '10:00',
        by: cast.leVanCuong,
        to: cast.tranVanAn,
        text: 'Chủ đầu tư nghỉ Tết, chưa gửi số liệu khối lượng hoàn thành',
      },
    ]),
  );
  const s4Excused = await excused.play();
  const difficultyEventId = excused.eventId('difficulty');
  // The chairman, who assigned it, confirms the objective cause (Decree 335/2025): only then is it an excuse.
  await api.act(
    chairman,
    s4Excused,
    `difficulties/${difficultyEventId}/assessments`,
    {
      accepted: true,
      reason: 'Đã đối chiếu: chủ đầu tư nghỉ Tết đến hết 22/02, số liệu gửi ngày 02/3',
      occurredAt: at('2026-03-03', '10:00'),
    },
    ['DifficultyAssessed'],
  );

  const t2 = await playStory(
    api,
    retell(s2OverHttp, {
      steps: {
        consulted: { text: 'Đề nghị cho ý kiến về phương án bố trí vốn' },
        answered: { text: 'Thống nhất phương án, đề nghị bổ sung dự toán chi tiết' },
        submitted: { text: 'Kính trình UBND quận quyết định' },
      },
    }),
  );
  const t3 = await playStory(api, s3OverHttp());

  const s5Pushed = await playStory(
    api,
    s5OverHttp('submission', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú', {
      submitted: { text: 'Kính trình Chủ tịch UBND quận xem xét, quyết định' },
    }),
  );
  const s5Handled = await playStory(
    api,
    s5OverHttp('difficulty', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 27 đường Trần Phú', {
      difficulty: { text: 'Thiếu số liệu khảo sát địa chất khu đất' },
      completed: { text: 'Đã cấp giấy phép xây dựng số 120/GPXD' },
    }),
  );

  return { t1, s4OnTime, s4Late, s4Excused, t2, t3, s5Pushed, s5Handled, difficultyEventId };
}
