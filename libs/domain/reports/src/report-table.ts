import type { FindingStatus } from '@lib/domain/finding-review';
import type { RankingEntry, RankingKind } from './rankings';
import type { StatusReport } from './status-report';
import type { SubjectFigures } from './subject-report';

export type Cell = string | number | null;

/** A report as one table: what the CSV and XLSX exports write, headers and labels in Vietnamese. */
export interface ReportTable {
  /** Worksheet name (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  open: 'chưa kết luận',
  confirmed: 'đã xác nhận',
  dismissed: 'đã bác bỏ',
  superseded: 'đã thay thế',
};

export interface SubjectHeading {
  /** e.g. "Cán bộ" or "Đơn vị". */
  subjectLabel: string;
  name: string;
  id: string;
  period: string;
  asOf: string;
}

/** A person or unit report as rows of section, indicator, value and evidence (task, event or finding ids). */
export function subjectTable(heading: SubjectHeading, figures: SubjectFigures): ReportTable {
  const ids = (list: readonly string[]): string => list.join(' ');
  const rows: Cell[][] = [
    ['Thông tin chung', heading.subjectLabel, heading.name, heading.id],
    ['Thông tin chung', 'Kỳ báo cáo', heading.period, null],
    ['Thông tin chung', 'Số liệu tính đến', heading.asOf, null],
    ['Nhiệm vụ', 'Nhiệm vụ đã giữ trong kỳ', figures.tasksHeld.count, ids(figures.tasksHeld.taskIds)],
    ['Nhiệm vụ', 'Hoàn thành trước hạn', figures.completed.early, ids(gradeIds(figures, 'completed_early'))],
    ['Nhiệm vụ', 'Hoàn thành đúng hạn', figures.completed.onTime, ids(gradeIds(figures, 'completed_on_time'))],
    ['Nhiệm vụ', 'Hoàn thành quá hạn', figures.completed.late, ids(gradeIds(figures, 'completed_late'))],
    ['Nhiệm vụ', 'Quá hạn chưa hoàn thành cuối kỳ', figures.openOverdue.count, ids(figures.openOverdue.tasks.map((task) => task.taskId))],
    [
      'Trách nhiệm về chậm trễ',
      'Ngày làm việc chậm trễ – trách nhiệm cá nhân',
      figures.delay.individual.workingDays,
      ids(figures.delay.individual.eventIds),
    ],
    [
      'Trách nhiệm về chậm trễ',
      'Ngày làm việc chậm trễ – trách nhiệm người đứng đầu',
      figures.delay.supervisory.workingDays,
      ids(figures.delay.supervisory.eventIds),
    ],
    ...findingRows('Phát hiện vi phạm – trách nhiệm trực tiếp', figures.findings.responsible.byRule),
    ...findingRows('Phát hiện vi phạm – trách nhiệm người đứng đầu', figures.findings.supervisory.byRule),
    ['Xin ý kiến', 'Số lượt xin ý kiến tính trong kỳ', figures.consultations.counted, null],
    ['Xin ý kiến', 'Trả lời đúng hạn', figures.consultations.answeredOnTime, null],
    ['Xin ý kiến', 'Trả lời quá hạn', figures.consultations.answeredLate, null],
    ['Xin ý kiến', 'Chưa trả lời', figures.consultations.unanswered, ids(figures.consultations.eventIds)],
    [
      'Hồ sơ một cửa',
      'Hồ sơ tạm dừng chờ bổ sung trong kỳ',
      figures.dossiers.paused.count,
      ids([...new Set(figures.dossiers.paused.items.map((item) => item.taskId))]),
    ],
    [
      'Hồ sơ một cửa',
      'Ngày làm việc tạm dừng chờ bổ sung (không tính vào thời hạn)',
      figures.dossiers.paused.workingDays,
      ids(
        figures.dossiers.paused.items.flatMap((item) =>
          item.receivedEventId === null ? [item.requestEventId] : [item.requestEventId, item.receivedEventId],
        ),
      ),
    ],
    [
      'Hồ sơ một cửa',
      'Đang chờ người nộp bổ sung cuối kỳ',
      figures.dossiers.waitingAtEnd.count,
      ids(figures.dossiers.waitingAtEnd.taskIds),
    ],
    ['Đánh giá (Nghị định 335/2025)', 'Số sản phẩm hoàn thành', figures.evaluation.products, null],
    ['Đánh giá (Nghị định 335/2025)', 'Điểm tiến độ bình quân', figures.evaluation.progressPoints, null],
    ['Đánh giá (Nghị định 335/2025)', 'Sản phẩm chậm tiến độ', figures.evaluation.lateProducts, null],
    ['Đánh giá (Nghị định 335/2025)', 'Sản phẩm chậm có nguyên nhân khách quan được xác nhận', figures.evaluation.lateExcused, null],
    ['Đánh giá (Nghị định 335/2025)', 'Mức tham khảo theo điểm tiến độ', figures.evaluation.indicativeBandLabel, null],
    ['Đánh giá (Nghị định 335/2025)', 'Lưu ý', figures.evaluation.notice, null],
  ];
  return {
    sheetName: 'Báo cáo',
    title: `Báo cáo ${heading.subjectLabel.toLowerCase()} ${heading.name}`,
    columns: ['Mục', 'Chỉ tiêu', 'Giá trị', 'Chứng cứ'],
    rows,
  };
}

function gradeIds(figures: SubjectFigures, grade: string): string[] {
  return figures.completed.tasks.filter((task) => task.grade === grade).map((task) => task.taskId);
}

function findingRows(section: string, byRule: SubjectFigures['findings']['responsible']['byRule']): Cell[][] {
  const rows: Cell[][] = [];
  for (const [rule, counts] of Object.entries(byRule)) {
    for (const status of Object.keys(FINDING_STATUS_LABELS) as FindingStatus[]) {
      if (counts[status] > 0) rows.push([section, `${rule} – ${FINDING_STATUS_LABELS[status]}`, counts[status], null]);
    }
  }
  return rows.length > 0 ? rows : [[section, 'Không có', 0, null]];
}

/** The Office's status report: one row per lead unit, one column per status, and a total row. */
export function statusTable(report: StatusReport): ReportTable {
  const codes = report.statuses.map((status) => status.code);
  return {
    sheetName: 'Tình hình thực hiện',
    title: `Tình hình thực hiện nhiệm vụ tính đến ${report.asOf}`,
    columns: ['Mã đơn vị', 'Đơn vị chủ trì', ...report.statuses.map((status) => status.label), 'Tổng số', 'Ghi chú'],
    rows: [
      ...report.rows.map((row): Cell[] => [row.unitId, row.unitName, ...codes.map((code) => row.counts[code]), row.total, row.note]),
      [null, 'Tổng cộng', ...codes.map((code) => report.total.counts[code]), report.total.total, null],
    ],
  };
}

const RANKING_TITLES: Readonly<Record<RankingKind, string>> = {
  commendation: 'Danh sách đề xuất khen thưởng',
  review: 'Danh sách cần xem xét trách nhiệm',
};

export function rankingTable(kind: RankingKind, entries: readonly RankingEntry[]): ReportTable {
  return {
    sheetName: kind === 'commendation' ? 'Khen thưởng' : 'Xem xét',
    title: RANKING_TITLES[kind],
    columns: [
      'Hạng',
      'Mã cán bộ',
      'Họ và tên',
      'Hoàn thành trước hạn',
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Ngày chậm – cá nhân',
      'Ngày chậm – người đứng đầu',
      'Phát hiện đã xác nhận',
      'Phát hiện chưa kết luận',
    ],
    rows: entries.map((entry) => [
      entry.rank,
      entry.personId,
      entry.name,
      entry.completedEarly,
      entry.completedOnTime,
      entry.completedLate,
      entry.individualDelayDays,
      entry.supervisoryDelayDays,
      entry.confirmedFindings,
      entry.openFindings,
    ]),
  };
}
