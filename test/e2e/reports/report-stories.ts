import { randomUUID } from 'node:crypto';
import { city } from '../../support/city.fixture';
import { at, endOf, person, type ScenarioClient } from '../scenarios/scenario-client';
import { playS1 } from '../scenarios/s1-story';

export const QLDT = 'phong-quan-ly-do-thi';
export const TNMT_HC = 'phong-tnmt-hai-chau';
export const TCKH = 'phong-tai-chinh-ke-hoach';

const { chairman, cuong, giang, tckhHead: khanh, qldtHead: hoa, qldtStaff: khoi, tnmtHead: lan } = city;

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
  // S1: T1 to Sở Xây dựng on Monday 2 March, 10 working days → due Monday 16 March; Cường transfers it to
  // Sở TN&MT on 4 March, Sở TN&MT returns it on 5 March, Cường completes it on Wednesday 18 March.
  const t1 = await playS1(api);

  // S4: Friday 13 February, 5 working days across Tết → due Friday 27 February.
  const s4 = (title: string): Record<string, unknown> & { occurredAt: string } => ({
    title,
    category: 'construction',
    source: { number: '318/UBND-KT', date: '2026-02-13' },
    assigningAuthority: person(chairman),
    leadUnitId: 'so-xay-dung',
    responsiblePerson: person(cuong),
    deadline: { workingDays: 5 },
    occurredAt: at('2026-02-13'),
  });
  const result = 'Đã tổng hợp, báo cáo tiến độ các công trình trọng điểm trước và sau Tết Bính Ngọ';
  const s4OnTime = await api.assign(chairman, s4('Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ'));
  await api.act(cuong, s4OnTime, 'completion', { result, occurredAt: at('2026-02-27', '16:30') }, ['TaskCompleted']);
  const s4Late = await api.assign(chairman, s4('Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 2)'));
  await api.act(cuong, s4Late, 'completion', { result, occurredAt: at('2026-03-02') }, ['TaskCompleted']);
  const s4Excused = await api.assign(chairman, s4('Báo cáo tiến độ các công trình trọng điểm dịp Tết Bính Ngọ (đợt 3)'));
  const difficulty = await api.act(
    cuong,
    s4Excused,
    'difficulties',
    { to: person(chairman), content: 'Chủ đầu tư nghỉ Tết, chưa gửi số liệu khối lượng hoàn thành', occurredAt: at('2026-02-26', '10:00') },
    ['DifficultyReported'],
  );
  await api.act(cuong, s4Excused, 'completion', { result, occurredAt: at('2026-03-02') }, ['TaskCompleted']);
  // The chairman, who assigned it, confirms the objective cause (Decree 335/2025): only then is it an excuse.
  await api.act(
    chairman,
    s4Excused,
    `difficulties/${difficulty.events[0]!.eventId}/assessments`,
    {
      accepted: true,
      reason: 'Đã đối chiếu: chủ đầu tư nghỉ Tết đến hết 22/02, số liệu gửi ngày 02/3',
      occurredAt: at('2026-03-03', '10:00'),
    },
    ['DifficultyAssessed'],
  );

  // S2: T2 (budget) to Phòng TC-KH on Monday 9 March, 15 working days → due Monday 30 March; both offices
  // consulted on 10 March, reply by the end of 17 March; Phòng QLĐT agrees on 12 March; Phòng TN&MT never answers.
  const t2 = await api.assign(giang, {
    title: 'Thẩm định phương án bố trí vốn sửa chữa trụ sở UBND phường Thạch Thang',
    category: 'budget',
    source: { number: '415/UBND-TCKH', date: '2026-03-09' },
    assigningAuthority: person(giang),
    leadUnitId: TCKH,
    responsiblePerson: person(khanh),
    deadline: { workingDays: 15 },
    occurredAt: at('2026-03-09', '08:00'),
  });
  const consultationId = randomUUID();
  await api.act(
    khanh,
    t2,
    'consultations',
    {
      consultationId,
      unitIds: [QLDT, TNMT_HC],
      content: 'Đề nghị cho ý kiến về phương án bố trí vốn',
      replyDueAt: endOf('2026-03-17'),
      occurredAt: at('2026-03-10'),
    },
    ['ConsultationRequested'],
  );
  await api.act(
    hoa,
    t2,
    `consultations/${consultationId}/answers`,
    {
      unitId: QLDT,
      stance: 'agree',
      content: 'Thống nhất phương án, đề nghị bổ sung dự toán chi tiết',
      occurredAt: at('2026-03-12', '14:00'),
    },
    ['ConsultationAnswered'],
  );
  await api.act(
    khanh,
    t2,
    'submissions',
    { to: person(giang), content: 'Kính trình UBND quận quyết định', allConsultedAgreed: true, occurredAt: at('2026-03-19', '10:00') },
    ['SubmittedToSuperior'],
  );

  // S3: T3 (land) to Phòng QLĐT by mistake on Monday 16 March, returned the same morning, reassigned to
  // Phòng TN&MT (Ngô Thị Lan) that afternoon; completed on the due day, Monday 30 March.
  const t3 = await api.assign(giang, {
    title: 'Giải quyết kiến nghị của công dân về ranh giới thửa đất số 112',
    category: 'land',
    source: { number: '702/UBND-VP', date: '2026-03-16' },
    assigningAuthority: person(giang),
    leadUnitId: QLDT,
    responsiblePerson: person(hoa),
    deadline: { workingDays: 10 },
    occurredAt: at('2026-03-16', '08:30'),
  });
  await api.act(
    hoa,
    t3,
    'returns',
    { reasonCode: 'not_our_mandate', reason: 'Thuộc lĩnh vực đất đai', occurredAt: at('2026-03-16', '10:00') },
    ['TaskReturned'],
  );
  await api.act(
    giang,
    t3,
    'reassignments',
    { leadUnitId: TNMT_HC, responsiblePerson: person(lan), occurredAt: at('2026-03-16', '14:00') },
    ['TaskAssigned'],
  );
  await api.act(lan, t3, 'completion', { result: 'Đã trả lời kiến nghị', occurredAt: at('2026-03-30', '16:00') }, ['TaskCompleted']);

  // S5: two construction permits to Phòng QLĐT on Monday 23 March, 10 working days → due Monday 6 April, both
  // delegated to Nguyễn Quang Khôi; at d+3 (26 March) one is pushed to the chairman, the other has a difficulty
  // reported and is completed on Thursday 2 April.
  const s5 = async (title: string): Promise<string> => {
    const taskId = await api.assign(giang, {
      title,
      category: 'construction_permit',
      source: { number: '905/UBND-QLĐT', date: '2026-03-23' },
      assigningAuthority: person(giang),
      leadUnitId: QLDT,
      deadline: { workingDays: 10 },
      occurredAt: at('2026-03-23', '08:30'),
    });
    await api.act(hoa, taskId, 'delegations', { person: person(khoi), occurredAt: at('2026-03-23', '10:00') }, ['TaskDelegated']);
    return taskId;
  };
  const s5Pushed = await s5('Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 25 đường Trần Phú');
  await api.act(
    khoi,
    s5Pushed,
    'submissions',
    {
      to: person(giang),
      content: 'Kính trình Chủ tịch UBND quận xem xét, quyết định',
      allConsultedAgreed: true,
      occurredAt: at('2026-03-26'),
    },
    ['SubmittedToSuperior'],
  );
  const s5Handled = await s5('Cấp giấy phép xây dựng nhà ở riêng lẻ tại số 27 đường Trần Phú');
  await api.act(
    khoi,
    s5Handled,
    'difficulties',
    { to: person(giang), content: 'Thiếu số liệu khảo sát địa chất khu đất', occurredAt: at('2026-03-26') },
    ['DifficultyReported'],
  );
  await api.act(khoi, s5Handled, 'completion', { result: 'Đã cấp giấy phép xây dựng số 120/GPXD', occurredAt: at('2026-04-02', '15:00') }, [
    'TaskCompleted',
  ]);

  return { t1, s4OnTime, s4Late, s4Excused, t2, t3, s5Pushed, s5Handled, difficultyEventId: difficulty.events[0]!.eventId };
}
