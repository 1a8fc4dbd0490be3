import { count, flag, ids, list, nullable, object, text, type JsonSchema } from '../http/json-schema';

/**
 * The JSON bodies of the person, unit, ranking and person-search reports, field by field, as `ReportsService`
 * writes them (figures of `@lib/domain/reports`). Every object lists all its members, all of them required.
 */
const nullText = (description?: string): JsonSchema => nullable(text(description));

const unitName = object({ unitId: text(), name: text('Tên đơn vị') });
const period = object(
  {
    from: text('Đầu kỳ (thời điểm, tính cả)'),
    to: text('Cuối kỳ (thời điểm, không tính)'),
    asOf: text('Số liệu tính đến thời điểm này'),
  },
  'Kỳ báo cáo',
);

const FINDING_STATUSES = ['open', 'confirmed', 'dismissed', 'superseded'];
const statusCounts = object(
  Object.fromEntries(FINDING_STATUSES.map((status) => [status, count()])),
  'Số phát hiện theo trạng thái: đang mở, đã xác nhận, đã bác bỏ, đã thay thế',
);
const findingFigures = object({
  byRule: { type: 'object', additionalProperties: statusCounts, description: 'Theo mã quy tắc phát hiện' },
  total: statusCounts,
  findingIds: ids(),
});
const delayDays = object({
  workingDays: count('Số ngày làm việc chậm tính trong kỳ'),
  byBasis: { type: 'object', additionalProperties: count(), description: 'Số ngày chậm theo căn cứ' },
  taskIds: ids(),
  eventIds: ids(),
});
const grade: JsonSchema = {
  type: 'string',
  enum: ['completed_early', 'completed_on_time', 'completed_late'],
  description: 'Hoàn thành trước hạn, đúng hạn, quá hạn',
};
const completion = object({
  taskId: text(),
  title: nullText('Trích yếu nhiệm vụ'),
  grade,
  completedAt: text(),
  dueAt: nullText('Hạn xử lý đang áp dụng'),
  workingDaysLate: count(),
  completionEventId: text(),
  deadlineEventId: nullText(),
});
const overdueTask = object({ taskId: text(), title: nullText(), dueAt: nullText(), workingDaysLate: count() });
const pausedDossier = object({
  taskId: text(),
  title: nullText(),
  from: text(),
  to: nullText(),
  open: flag(),
  workingDays: count(),
  requestEventId: text(),
  receivedEventId: nullText(),
});
const band: JsonSchema = { type: 'string', enum: ['excellent', 'good', 'completed', 'not_completed'], nullable: true };
const productScore = object({
  taskId: text(),
  title: nullText(),
  grade,
  workingDaysLate: count(),
  progressPoints: { type: 'number' },
  objectiveReason: nullable(
    object(
      {
        kind: { type: 'string', enum: ['difficulty_confirmed'] },
        eventId: text(),
        occurredAt: text(),
        assessmentEventId: text(),
        assessedAt: text(),
        assessedBy: object({ personId: text(), unitId: text() }),
      },
      'Khó khăn khách quan đã được cấp có thẩm quyền xác nhận (sản phẩm trễ hạn không bị trừ điểm)',
    ),
  ),
  eventIds: ids(),
});

const subjectFigures = object(
  {
    tasksHeld: object({ count: count(), taskIds: ids() }, 'Nhiệm vụ đã giữ trong kỳ'),
    completed: object({ early: count(), onTime: count(), late: count(), tasks: list(completion) }, 'Nhiệm vụ hoàn thành trong kỳ'),
    openOverdue: object({ count: count(), tasks: list(overdueTask) }, 'Nhiệm vụ quá hạn còn mở'),
    delay: object({ individual: delayDays, supervisory: delayDays }, 'Ngày chậm: của cá nhân, của người đứng đầu'),
    findings: object(
      { responsible: findingFigures, supervisory: findingFigures },
      'Phát hiện: chịu trách nhiệm, trách nhiệm người đứng đầu',
    ),
    consultations: object(
      {
        counted: count(),
        answeredOnTime: count(),
        answeredLate: count(),
        unanswered: count(),
        withoutReplyDeadline: count(),
        eventIds: ids(),
      },
      'Xin ý kiến: đã trả lời đúng hạn, trễ hạn, chưa trả lời',
    ),
    dossiers: object(
      {
        paused: object({ count: count(), workingDays: count(), items: list(pausedDossier) }),
        waitingAtEnd: object({ count: count(), taskIds: ids() }),
      },
      'Hồ sơ tạm dừng chờ người nộp bổ sung',
    ),
    evaluation: object(
      {
        products: count('Số sản phẩm'),
        quality: nullText('Chất lượng: do người có thẩm quyền đánh giá từ kết quả, hệ thống không chấm nên luôn trống (null)'),
        progressPoints: { type: 'number', nullable: true, description: 'Điểm tiến độ bình quân' },
        lateProducts: count(),
        lateExcused: count(),
        indicativeBand: band,
        indicativeBandLabel: nullText('Mức xếp loại tham khảo theo điểm tiến độ'),
        scores: list(productScore),
        notice: text(),
      },
      'Số liệu phục vụ đánh giá',
    ),
  },
  'Các chỉ tiêu trong kỳ, kèm mã nhiệm vụ, sự kiện, phát hiện làm căn cứ',
);

export const PERSON_REPORT_SCHEMA = object({
  kind: { type: 'string', enum: ['person'] },
  person: object({ personId: text(), name: text('Họ và tên'), units: list(unitName) }),
  period,
  figures: subjectFigures,
  notice: text(),
});

export const UNIT_REPORT_SCHEMA = object({
  kind: { type: 'string', enum: ['unit'] },
  unit: object({ unitId: text(), name: text('Tên đơn vị'), includeSubunits: flag(), units: list(unitName) }),
  period,
  figures: subjectFigures,
  notice: text(),
});

export const RANKINGS_SCHEMA = object({
  kind: { type: 'string', enum: ['commendation', 'review'], description: 'Đề xuất khen thưởng, cần xem xét trách nhiệm' },
  unit: nullable(unitName),
  period,
  q: nullText('Tên tìm kiếm'),
  items: list(
    object({
      rank: count('Thứ hạng'),
      personId: text(),
      name: text('Họ và tên'),
      completedEarly: count(),
      completedOnTime: count(),
      completedLate: count(),
      individualDelayDays: count(),
      supervisoryDelayDays: count(),
      confirmedFindings: count(),
      openFindings: count(),
      taskIds: ids(),
      findingIds: ids(),
    }),
  ),
  notice: text(),
});

export const PERSON_SEARCH_SCHEMA = object({
  q: nullText('Tên tìm kiếm'),
  items: list(object({ personId: text(), name: text('Họ và tên'), units: list(unitName) })),
});
