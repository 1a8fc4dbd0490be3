import { cast, retell, scenarioS2, scenarioS4, scenarioS5, type Scenario, type StoryStep } from '@lib/domain/task/testing';
import { city } from '../../support/city.fixture';
import { at, type ScenarioClient } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';
import { s3OverHttp } from '../scenarios/s3-story';
import { playStory, StoryPlayer } from '../scenarios/story-driver';

export const QLDT = 'phong-quan-ly-do-thi';
export const TNMT_HC = 'phong-tnmt-hai-chau';
export const TCKH = 'phong-tai-chinh-ke-hoach';

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

const S4_RESULT = 'Đã tổng hợp, báo cáo tiến độ các công trình trọng điểm trước và sau Tết Bính Ngọ';

/** S4 (Friday 13 February, 5 working days across Tết → due Friday 27 February) under dispatch 318/UBND-KT. */
const s4 = (completedDay: 5 | 6, title: string, completed: Partial<StoryStep>, add: StoryStep[] = []): Scenario =>
  retell(scenarioS4(completedDay), {
    steps: { assigned: { title, source: { number: '318/UBND-KT', date: '2026-02-13' } }, completed: { text: S4_RESULT, ...completed } },
    add,
  });

/**
 * S2 on Monday 9 March: T2 (budget) to Phòng TC-KH, Khánh responsible, 15 working days → due Monday 30 March;
 * both offices consulted on 10 March, reply by the end of 17 March; Phòng QLĐT agrees on 12 March; Phòng TN&MT
 * never answers; submitted on 19 March.
 */
const s2 = retell(scenarioS2, {
  start: '2026-03-09',
  steps: {
    assigned: {
      time: '08:00',
      title: 'Thẩm định phương án bố trí vốn sửa chữa trụ sở UBND phường Thạch Thang',
      source: { number: '415/UBND-TCKH', date: '2026-03-09' },
      responsible: cast.buiVanKhanh,
    },
    consulted: { text: 'Đề nghị cho ý kiến về phương án bố trí vốn' },
    answered: { time: '14:00', text: 'Thống nhất phương án, đề nghị bổ sung dự toán chi tiết' },
    submitted: { time: '10:00', text: 'Kính trình UBND quận quyết định' },
  },
});

/** S5 on Monday 23 March: a construction permit to Phòng QLĐT, 10 working days → due Monday 6 April, delegated to Nguyễn Quang Khôi. */
const s5 = (variant: 'submission' | 'difficulty', title: string, steps: Record<string, Partial<StoryStep>>): Scenario =>
  retell(scenarioS5(variant), {
    start: '2026-03-23',
    steps: { assigned: { time: '08:30', title, source: { number: '905/UBND-QLĐT', date: '2026-03-23' } }, ...steps },
  });

/**
 * S1–S5 of scenarios.md as the scenario specs play them (test/e2e/scenarios, test/e2e/findings), the handling
 * official named at assignment (`responsiblePerson`), plus one S4 variant: a difficulty reported before the
 * deadline, then completed late on 2 March, the difficulty accepted by the chairman on 3 March (the objective
 * reason of the evaluation: a difficulty the holder only reported would excuse nothing).
 */
export async function playStories(api: ScenarioClient): Promise<StoryTasks> {
  const t1 = await playS1(api);

  const s4OnTime = await playStory(api, s4(5, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ', { time: '16:30' }));
  const s4Late = await playStory(api, s4(6, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 2)', { time: '09:00' }));
  const excused = new StoryPlayer(
    api,
    s4(6, 'Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 3)', { time: '09:00' }, [
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

  const t2 = await playStory(api, s2);
  const t3 = await playStory(api, s3OverHttp());

  const s5Pushed = await playStory(
    api,
    s5('submission', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú', {
      submitted: { text: 'Kính trình Chủ tịch UBND quận xem xét, quyết định' },
    }),
  );
  const s5Handled = await playStory(
    api,
    s5('difficulty', 'Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 27 đường Trần Phú', {
      difficulty: { text: 'Thiếu số liệu khảo sát địa chất khu đất' },
      completed: { text: 'Đã cấp giấy phép xây dựng số 120/GPXD' },
    }),
  );

  return { t1, s4OnTime, s4Late, s4Excused, t2, t3, s5Pushed, s5Handled, difficultyEventId };
}
