import { cast, retell, scenarioS2, scenarioS3, scenarioS4, scenarioS5, type Scenario, type StoryStep } from '@lib/domain/task/testing';

// S2–S5 of the story kit as the e2e specs play them over HTTP (S1: s1-story.ts): each on its own start day, so
// that the report specs can play them side by side, with the documents and times of the city's office.
// Each spec tells its own words (titles, reasons, results) as a variant of these.

/**
 * S2 on Monday 9 March 2026: T2 (budget) to Phòng TC–KH at 08:00, its head Bùi Văn Khánh responsible, 15
 * working days → due Monday 30 March; both offices consulted on 10 March, reply by the end of 17 March; Phòng
 * QLĐT agrees on 12 March at 14:00; Phòng TN&MT never answers; submitted on 19 March at 10:00.
 */
export const s2OverHttp: Scenario = retell(scenarioS2, {
  start: '2026-03-09',
  steps: {
    assigned: {
      time: '08:00',
      title: 'Thẩm định phương án bố trí vốn sửa chữa trụ sở UBND phường Thạch Thang',
      source: { number: '415/UBND-TCKH', date: '2026-03-09' },
      responsible: cast.buiVanKhanh,
    },
    answered: { time: '14:00' },
    submitted: { time: '10:00' },
  },
});

/**
 * S3 on Monday 16 March 2026: T3 (land) to Phòng QLĐT, Đỗ Thị Hoa responsible, by mistake at 08:30; returned
 * at 10:00, reassigned to Phòng TN&MT (Ngô Thị Lan responsible) at 14:00; completed on the due day, Monday
 * 30 March, at 16:00. With `returnDay`, returned (and reassigned) that many working days later.
 */
export const s3OverHttp = (returnDay = 0): Scenario =>
  retell(scenarioS3(returnDay), {
    start: '2026-03-16',
    steps: {
      assigned: {
        time: '08:30',
        title: 'Giải quyết kiến nghị của công dân về ranh giới thửa đất số 112',
        source: { number: '702/UBND-VP', date: '2026-03-16' },
        responsible: cast.doThiHoa,
      },
      returned: { time: '10:00', text: 'Thuộc lĩnh vực đất đai' },
      reassigned: { time: '14:00', responsible: cast.ngoThiLan },
      completed: { time: '16:00', text: 'Đã trả lời kiến nghị' },
    },
  });

/**
 * S4 on Friday 13 February 2026 under dispatch 318/UBND-KT, titled `title`: completed on Friday 27 February
 * at 16:30 (d+5, on time) or on Monday 2 March at 09:00 (d+6, late); `add`: steps of a variant.
 */
export const s4OverHttp = (completedDay: 5 | 6, title: string, add: StoryStep[] = []): Scenario =>
  retell(scenarioS4(completedDay), {
    steps: {
      assigned: { title, source: { number: '318/UBND-KT', date: '2026-02-13' } },
      completed: {
        time: completedDay === 5 ? '16:30' : '09:00',
        text: 'Đã tổng hợp, báo cáo tiến độ các công trình trọng điểm trước và sau Tết Bính Ngọ',
      },
    },
    add,
  });

/**
 * S5 on Monday 23 March 2026: a construction permit titled `title` to Phòng QLĐT at 08:30, 10 working days →
 * due Monday 6 April, delegated at 10:00; submitted upward on 26 March, or a difficulty reported then and the
 * permit completed on Thursday 2 April.
 */
export const s5OverHttp = (variant: 'submission' | 'difficulty', title: string, steps: Record<string, Partial<StoryStep>> = {}): Scenario =>
  retell(scenarioS5(variant), {
    start: '2026-03-23',
    steps: { assigned: { time: '08:30', title, source: { number: '905/UBND-QLĐT', date: '2026-03-23' } }, ...steps },
  });
