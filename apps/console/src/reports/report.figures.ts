import type { FindingStatus, FindingStatusCounts, SubjectFigures } from './report.types';

/** One figure of a report as the page shows it: a stable key, its Vietnamese label, the API's value. */
export interface FigureRow {
  key: string;
  label: string;
  value: number | string | null;
}

export interface FigureSection {
  key: string;
  title: string;
  rows: FigureRow[];
}

export const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  open: 'Chưa kết luận',
  confirmed: 'Đã xác nhận',
  dismissed: 'Đã bác bỏ',
  superseded: 'Đã thay thế',
};
const FINDING_STATUSES = Object.keys(FINDING_STATUS_LABELS) as FindingStatus[];

/** Delay bases that are not a rule's code: the custody's own grounds. */
const BASIS_LABELS: Readonly<Record<string, string>> = {
  HELD_AFTER_DEADLINE: 'Giữ nhiệm vụ sau hạn',
  HELD_BEYOND_STEP_LIMIT: 'Giữ quá thời hạn của bước',
  FINDING: 'Theo phát hiện',
};

/** A delay basis by name: the custody's grounds, otherwise the rule's title (its code while the rules load). */
export function basisLabel(basis: string, ruleTitle: (code: string) => string | undefined): string {
  return BASIS_LABELS[basis] ?? ruleTitle(basis) ?? basis;
}

/** A figure written the Vietnamese way (87,5; 1.234); a missing one as a dash. */
export function figureText(value: number | string | null): string {
  if (value === null) return '—';
  return typeof value === 'number' ? value.toLocaleString('vi-VN') : value;
}

function findingRows(prefix: string, byRule: Record<string, FindingStatusCounts>, ruleTitle: (code: string) => string | undefined) {
  return Object.entries(byRule).flatMap(([rule, counts]) =>
    FINDING_STATUSES.filter((status) => counts[status] > 0).map((status) => ({
      key: `${prefix}.${rule}.${status}`,
      label: `${ruleTitle(rule) ?? rule} – ${FINDING_STATUS_LABELS[status].toLowerCase()}`,
      value: counts[status],
    })),
  );
}

function totalRows(prefix: string, total: FindingStatusCounts): FigureRow[] {
  return FINDING_STATUSES.map((status) => ({
    key: `${prefix}.total.${status}`,
    label: `Tổng – ${FINDING_STATUS_LABELS[status].toLowerCase()}`,
    value: total[status],
  }));
}

/** Every figure of a person's or a unit's report, by section, in the order and words of its exported table. */
export function figureSections(figures: SubjectFigures, ruleTitle: (code: string) => string | undefined): FigureSection[] {
  const { delay, findings, consultations, dossiers, evaluation } = figures;
  const delayRows = (kind: 'individual' | 'supervisory', label: string): FigureRow[] => [
    { key: `delay.${kind}`, label, value: delay[kind].workingDays },
    ...Object.entries(delay[kind].byBasis).map(([basis, days]) => ({
      key: `delay.${kind}.${basis}`,
      label: `trong đó: ${basisLabel(basis, ruleTitle)}`,
      value: days,
    })),
  ];
  return [
    {
      key: 'tasks',
      title: 'Nhiệm vụ',
      rows: [
        { key: 'tasksHeld', label: 'Nhiệm vụ đã giữ trong kỳ', value: figures.tasksHeld.count },
        { key: 'completed.early', label: 'Hoàn thành trước hạn', value: figures.completed.early },
        { key: 'completed.onTime', label: 'Hoàn thành đúng hạn', value: figures.completed.onTime },
        { key: 'completed.late', label: 'Hoàn thành quá hạn', value: figures.completed.late },
        { key: 'openOverdue', label: 'Quá hạn chưa hoàn thành cuối kỳ', value: figures.openOverdue.count },
      ],
    },
    {
      key: 'delay',
      title: 'Ngày làm việc chậm trễ',
      rows: [...delayRows('individual', 'Trách nhiệm cá nhân'), ...delayRows('supervisory', 'Trách nhiệm người đứng đầu')],
    },
    {
      key: 'findings',
      title: 'Phát hiện vi phạm',
      rows: [
        ...findingRows('findings.responsible', findings.responsible.byRule, ruleTitle).map((row) => ({
          ...row,
          label: `Trách nhiệm trực tiếp: ${row.label}`,
        })),
        ...totalRows('findings.responsible', findings.responsible.total).map((row) => ({
          ...row,
          label: `Trách nhiệm trực tiếp: ${row.label}`,
        })),
        ...findingRows('findings.supervisory', findings.supervisory.byRule, ruleTitle).map((row) => ({
          ...row,
          label: `Trách nhiệm người đứng đầu: ${row.label}`,
        })),
        ...totalRows('findings.supervisory', findings.supervisory.total).map((row) => ({
          ...row,
          label: `Trách nhiệm người đứng đầu: ${row.label}`,
        })),
      ],
    },
    {
      key: 'consultations',
      title: 'Xin ý kiến',
      rows: [
        { key: 'consultations.counted', label: 'Số lượt xin ý kiến tính trong kỳ', value: consultations.counted },
        { key: 'consultations.answeredOnTime', label: 'Trả lời đúng hạn', value: consultations.answeredOnTime },
        { key: 'consultations.answeredLate', label: 'Trả lời quá hạn', value: consultations.answeredLate },
        { key: 'consultations.unanswered', label: 'Chưa trả lời', value: consultations.unanswered },
      ],
    },
    {
      key: 'dossiers',
      title: 'Hồ sơ một cửa',
      rows: [
        { key: 'dossiers.paused', label: 'Hồ sơ tạm dừng chờ bổ sung trong kỳ', value: dossiers.paused.count },
        {
          key: 'dossiers.pausedDays',
          label: 'Ngày làm việc tạm dừng chờ bổ sung (không tính vào thời hạn)',
          value: dossiers.paused.workingDays,
        },
        { key: 'dossiers.waitingAtEnd', label: 'Đang chờ người nộp bổ sung cuối kỳ', value: dossiers.waitingAtEnd.count },
      ],
    },
    {
      key: 'evaluation',
      title: 'Đánh giá (Nghị định 335/2025)',
      rows: [
        { key: 'evaluation.products', label: 'Số sản phẩm hoàn thành', value: evaluation.products },
        { key: 'evaluation.progressPoints', label: 'Điểm tiến độ bình quân', value: evaluation.progressPoints },
        { key: 'evaluation.lateProducts', label: 'Sản phẩm chậm tiến độ', value: evaluation.lateProducts },
        { key: 'evaluation.lateExcused', label: 'Sản phẩm chậm có nguyên nhân khách quan được xác nhận', value: evaluation.lateExcused },
        { key: 'evaluation.band', label: 'Mức tham khảo theo điểm tiến độ', value: evaluation.indicativeBandLabel },
      ],
    },
  ];
}
