import { describe, expect, it } from '@jest/globals';
import { completedTask } from '../testing/report-task.fixture';
import { dossierFigures } from './dossier-figures';
import type { ReportTask } from './report-inputs';
import { reportPeriod } from './report-period';
import { subjectTable } from './report-table';
import { subjectFigures } from './subject-report';

const march = reportPeriod('2026-02-28T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-01T00:00:00.000Z');
const QLDT = 'phong-quan-ly-do-thi';
const son = { kind: 'person' as const, personId: 'truong-van-son' };

/** S7: D7 held by Trương Văn Sơn, waiting for the applicant from d+3 (05/03) to d+8 (12/03): 5 working days. */
function d7(pause: { to: string | null; end: string; days: string[] }): ReportTask {
  const task = completedTask('d7', 'completed_early', {
    dueAt: '2026-03-23T16:59:59.999Z',
    completedAt: '2026-03-20T02:00:00.000Z',
    personId: 'truong-van-son',
  });
  return {
    ...task,
    holds: task.holds.map((hold) => ({ ...hold, holder: { unitId: QLDT, personId: 'truong-van-son' } })),
    pauses: [
      {
        requestEventId: 'd7-request',
        receivedEventId: pause.to === null ? null : 'd7-received',
        from: '2026-03-05T02:00:00.000Z',
        ...pause,
        open: pause.to === null,
      },
    ],
  };
}

const supplied = d7({
  to: '2026-03-12T02:00:00.000Z',
  end: '2026-03-12T02:00:00.000Z',
  days: ['2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'],
});

describe('one-stop statistics: dossiers paused for the applicant', () => {
  it('reports D7 as paused from 05/03 to 12/03, 5 working days, for its holder and its unit', () => {
    const expected = {
      paused: {
        count: 1,
        workingDays: 5,
        items: [
          {
            taskId: 'd7',
            title: 'Nhiệm vụ d7',
            from: '2026-03-05T02:00:00.000Z',
            to: '2026-03-12T02:00:00.000Z',
            open: false,
            workingDays: 5,
            requestEventId: 'd7-request',
            receivedEventId: 'd7-received',
          },
        ],
      },
      waitingAtEnd: { count: 0, taskIds: [] },
    };
    expect(dossierFigures([supplied], son, march)).toEqual(expected);
    expect(dossierFigures([supplied], { kind: 'units', unitIds: new Set([QLDT]) }, march)).toEqual(expected);
    expect(subjectFigures([supplied], [], son, march).dossiers).toEqual(expected);
  });

  it('counts only the paused days inside the period, and nothing for someone who did not hold the dossier', () => {
    const fromTenth = reportPeriod('2026-03-09T17:00:00.000Z', '2026-03-31T17:00:00.000Z', '2026-11-01T00:00:00.000Z');
    expect(dossierFigures([supplied], son, fromTenth).paused).toMatchObject({ count: 1, workingDays: 3, items: [{ workingDays: 3 }] });
    expect(dossierFigures([supplied], { kind: 'person', personId: 'le-van-cuong' }, march).paused.count).toBe(0);
  });

  it('reports a dossier still waiting for the applicant at the end of the period', () => {
    const waiting = d7({ to: null, end: march.asOf, days: ['2026-03-06'] });
    expect(dossierFigures([waiting], son, march)).toMatchObject({
      paused: { count: 1, items: [{ open: true, to: null }] },
      waitingAtEnd: { count: 1, taskIds: ['d7'] },
    });
  });

  it('shows the figures in the report table under "Hồ sơ một cửa"', () => {
    const rows = subjectTable(
      { subjectLabel: 'Cán bộ', name: 'Trương Văn Sơn', id: 'truong-van-son', period: '03/2026', asOf: '31/03/2026' },
      subjectFigures([supplied], [], son, march),
    ).rows;
    expect(rows.filter((row) => row[0] === 'Hồ sơ một cửa')).toEqual([
      ['Hồ sơ một cửa', 'Hồ sơ tạm dừng chờ bổ sung trong kỳ', 1, 'd7'],
      ['Hồ sơ một cửa', 'Ngày làm việc tạm dừng chờ bổ sung (không tính vào thời hạn)', 5, 'd7-request d7-received'],
      ['Hồ sơ một cửa', 'Đang chờ người nộp bổ sung cuối kỳ', 0, ''],
    ]);
  });
});
