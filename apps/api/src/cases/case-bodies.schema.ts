import { DISCIPLINE_FORMS } from '@lib/domain/discipline';
import { count, flag, ids, list, nullable, object, oneOf, text, type JsonSchema } from '../http/json-schema';

/** The JSON bodies of GET /cases, GET /cases/{caseId} and GET /cases/options, as the cases read model and service write them. */

const CASE_STATUSES = ['proposed', 'under_review', 'decided', 'withdrawn'];
const HANDLING_STATES = ['running', 'due_soon', 'overdue', 'decided_in_time', 'decided_late', 'withdrawn'];

const status = oneOf(CASE_STATUSES, 'Trạng thái hồ sơ: đã đề nghị, đang xem xét, đã quyết định, đã rút');
const form = (description: string): JsonSchema => oneOf(DISCIPLINE_FORMS, description);
const handlingState = oneOf(
  HANDLING_STATES,
  'Thời hạn xử lý: còn hạn, sắp hết hạn, quá hạn, quyết định trong hạn, quyết định quá hạn, đã rút',
);
const day = (description?: string): JsonSchema => text(description ?? 'Ngày (yyyy-mm-dd)');
const handlingWarning = object({
  code: oneOf(['HANDLING_DEADLINE_NEAR', 'HANDLING_DEADLINE_PASSED']),
  message: text('Cảnh báo về thời hạn xử lý'),
});
const limitation = object(
  {
    findingId: text(),
    conductOn: day('Ngày xảy ra hành vi'),
    years: { type: 'integer', enum: [5, 10], description: 'Thời hiệu (năm)' },
    lastDay: day('Ngày cuối cùng còn thời hiệu'),
    measuredOn: day('Ngày tính thời hiệu (ngày đề nghị)'),
    expired: flag('Đã hết thời hiệu'),
  },
  'Thời hiệu xử lý kỷ luật của một phát hiện',
);
const limitationWarning = object({
  code: oneOf(['LIMITATION_EXPIRED']),
  findingId: text(),
  message: text('Cảnh báo hết thời hiệu'),
});

export const CASE_LIST_SCHEMA = object({
  items: list(
    object({
      caseId: text(),
      personId: text(),
      personName: nullable(text('Họ và tên người bị đề nghị')),
      unitId: text(),
      status,
      proposedForm: form('Hình thức kỷ luật đề nghị'),
      decidedForm: nullable(form('Hình thức kỷ luật đã quyết định')),
      findingIds: ids(),
      warningCount: count('Số cảnh báo hết thời hiệu'),
      proposedAt: text(),
      lastEventAt: text(),
      handlingDeadline: nullable(day('Ngày cuối của thời hạn xử lý')),
      daysLeft: nullable(count('Số ngày còn lại đến hạn (âm khi đã quá hạn); trống khi hồ sơ đã đóng')),
      handlingState: nullable(handlingState),
      handlingWarnings: list(handlingWarning),
    }),
  ),
});

const stepMembers = {
  eventId: text(),
  occurredAt: text(),
  recordedAt: text(),
  by: object({ personId: text(), unitId: text() }, 'Người thực hiện và đơn vị'),
};
const step = (members: Record<string, JsonSchema>, description: string): JsonSchema =>
  nullable(object({ ...stepMembers, ...members }, description));

export const CASE_DETAIL_SCHEMA = object({
  caseId: text(),
  personId: text(),
  personName: nullable(text('Họ và tên người bị đề nghị')),
  unitId: text(),
  status,
  electedCadre: flag('Cán bộ dân cử'),
  holdsLeadership: flag('Giữ chức vụ lãnh đạo'),
  proposedForm: form('Hình thức kỷ luật đề nghị'),
  proposedFormLabel: text(),
  grounds: text('Nội dung vi phạm và căn cứ đề nghị'),
  findings: list(
    object({ findingId: text(), taskId: text(), ruleCode: text(), ruleVersion: count(), on: day() }),
    'Phát hiện được viện dẫn',
  ),
  limitation: list(limitation),
  warnings: list(limitationWarning),
  proposal: object(stepMembers, 'Bước đề nghị'),
  review: step({ note: nullable(text('Ghi chú')) }, 'Bước đưa ra xem xét'),
  decision: step(
    {
      form: form('Hình thức kỷ luật quyết định'),
      formLabel: text(),
      document: object({ number: text('Số quyết định'), date: day('Ngày ký'), signer: object({ name: text(), title: text('Chức vụ') }) }),
      limitation: list(limitation),
      warnings: list(limitationWarning),
      limitationAcknowledged: flag('Đã xác nhận xem xét việc hết thời hiệu'),
    },
    'Bước quyết định',
  ),
  withdrawal: step({ reason: text('Lý do rút đề nghị') }, 'Bước rút đề nghị'),
  handling: nullable(
    object(
      {
        startsOn: day('Ngày bắt đầu tính (không tính ngày này)'),
        basis: oneOf(['finding_confirmed']),
        limitDays: count('Thời hạn (ngày)'),
        deadline: day('Ngày cuối của thời hạn'),
        maxDays: count('Thời hạn tối đa khi gia hạn (ngày)'),
        asOf: day(),
        daysLeft: nullable(count('Số ngày còn lại (âm khi quá hạn); trống khi hồ sơ đã đóng')),
        state: handlingState,
        warnings: list(handlingWarning),
      },
      'Thời hạn xử lý kỷ luật tính đến hôm nay; trống với hồ sơ ghi trước khi có thời hạn',
    ),
  ),
  extensions: list(
    object({ ...stepMembers, limitDays: count('Thời hạn mới (ngày)'), deadline: day('Ngày cuối mới'), reason: text('Lý do gia hạn') }),
    'Các lần gia hạn',
  ),
  version: count(),
  events: list(
    object({ eventId: text(), type: text(), streamVersion: count(), globalPosition: count(), occurredAt: text(), recordedAt: text() }),
  ),
});

export const CASE_OPTIONS_SCHEMA = object({
  personId: text(),
  on: day('Ngày đề nghị'),
  holdsLeadership: flag('Giữ chức vụ lãnh đạo vào ngày đó'),
  electedCadre: flag('Cán bộ dân cử'),
  forms: list(
    object({
      form: form('Hình thức kỷ luật'),
      label: text(),
      restriction: nullable(
        oneOf(
          ['elected_cadres_only', 'leaders_only'],
          'Lý do không áp dụng được: chỉ với cán bộ dân cử, chỉ với người giữ chức vụ lãnh đạo',
        ),
      ),
      limitation: list(limitation),
      warnings: list(limitationWarning),
    }),
  ),
});
