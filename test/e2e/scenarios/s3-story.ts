import { cast, retell, scenarioS3, type Scenario } from '@lib/domain/task/testing';

/**
 * S3 (the story kit's) as the reports and read-model specs play it over HTTP: T3 (land) to Phòng QLĐT, Đỗ Thị
 * Hoa responsible, by mistake on Monday 16 March 2026 at 08:30; returned at 10:00, reassigned to Phòng TN&MT
 * (Ngô Thị Lan responsible) at 14:00; completed on the due day, Monday 30 March, at 16:00. With `returnDay`,
 * returned (and reassigned) that many working days later.
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
