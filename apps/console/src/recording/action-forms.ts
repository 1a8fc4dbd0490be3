import type { RecordingAction } from './available-actions';
import { formatDateTime } from '../display/dates.format';
import { vietNamInstantOf } from './recording-time';

/**
 * The recording forms, described once: each action's fields (what a person fills in, in Vietnamese) and how the
 * values become the body of its command (the API's DTOs, apps/api/src/tasks/dto). `action-form.tsx` draws the fields;
 * `recording.api.ts` sends the body.
 */
export type FieldKind =
  'text' | 'textarea' | 'unit' | 'units' | 'person' | 'select' | 'instant' | 'date' | 'number' | 'check' | 'consultation';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: ReadonlyArray<{ value: string; label: string }>;
  help?: string;
  /** For a person: the form field naming their unit; without it, the unit holding the task. */
  staffOf?: string;
}

/** The values of a form: text, dates as YYYY-MM-DD, times as Viet Nam wall-clock YYYY-MM-DDTHH:mm, lists, numbers. */
export type FormValues = Record<string, string | string[] | number | boolean | null | undefined>;

export const RETURN_REASONS = [
  { value: 'not_our_mandate', label: 'Không thuộc chức năng, thẩm quyền của đơn vị' },
  { value: 'incomplete', label: 'Hồ sơ, tài liệu chưa đầy đủ' },
  { value: 'other', label: 'Lý do khác' },
] as const;

export const STANCES = [
  { value: 'agree', label: 'Thống nhất' },
  { value: 'disagree', label: 'Không thống nhất' },
  { value: 'conditional', label: 'Thống nhất có điều kiện' },
  { value: 'deflect', label: 'Đề nghị hỏi đơn vị khác' },
] as const;

export interface ActionSpec {
  /** The button and the form's title. */
  title: string;
  fields: FieldSpec[];
  /** The API's field paths the form shows on its own fields (for `formErrorsOf`). */
  apiFields: Readonly<Record<string, string>>;
  /**
   * A clerk may record it in their own name (the decider lets any official of the holding unit register a receipt,
   * and anyone comment); every other act is the named official's, so "Ghi thay cho" is required of a clerk.
   */
  clerkMayActAlone?: boolean;
}

const reason = (label = 'Lý do'): FieldSpec => ({ name: 'reason', label, kind: 'textarea', required: true });
const content = (label: string, required = true): FieldSpec => ({ name: 'content', label, kind: 'textarea', required });

export const ACTION_SPECS: Record<RecordingAction, ActionSpec> = {
  receive: { title: 'Tiếp nhận', fields: [], apiFields: {}, clerkMayActAlone: true },
  delegate: {
    title: 'Phân công',
    fields: [{ name: 'personId', label: 'Cán bộ được phân công', kind: 'person', required: true }],
    apiFields: { 'person.personId': 'personId', person: 'personId' },
  },
  transfer: {
    title: 'Chuyển đơn vị khác',
    fields: [{ name: 'toUnitId', label: 'Chuyển đến đơn vị', kind: 'unit', required: true }, reason('Lý do chuyển')],
    apiFields: { 'to.unitId': 'toUnitId', to: 'toUnitId', reason: 'reason' },
  },
  return: {
    title: 'Trả lại',
    fields: [
      { name: 'reasonCode', label: 'Lý do trả lại', kind: 'select', required: true, options: RETURN_REASONS },
      { name: 'reason', label: 'Giải thích', kind: 'textarea', help: 'Bắt buộc khi chọn "Lý do khác".' },
    ],
    apiFields: { reasonCode: 'reasonCode', reason: 'reason' },
  },
  comment: { title: 'Ghi ý kiến', fields: [content('Nội dung')], apiFields: { content: 'content' }, clerkMayActAlone: true },
  consult: {
    title: 'Xin ý kiến',
    fields: [
      { name: 'unitIds', label: 'Các đơn vị được xin ý kiến', kind: 'units', required: true },
      content('Nội dung xin ý kiến', false),
      { name: 'replyDueAt', label: 'Hạn trả lời', kind: 'instant' },
    ],
    apiFields: { unitIds: 'unitIds', content: 'content', replyDueAt: 'replyDueAt' },
  },
  answer: {
    title: 'Trả lời xin ý kiến',
    fields: [
      { name: 'consultationId', label: 'Đợt xin ý kiến', kind: 'consultation', required: true },
      { name: 'stance', label: 'Ý kiến', kind: 'select', required: true, options: STANCES },
      content('Nội dung trả lời', false),
    ],
    apiFields: { stance: 'stance', content: 'content', unitId: 'consultationId' },
  },
  submit: {
    title: 'Trình cấp trên',
    fields: [
      { name: 'toUnitId', label: 'Trình đến', kind: 'unit', required: true },
      content('Nội dung trình', false),
      { name: 'allConsultedAgreed', label: 'Các đơn vị được xin ý kiến đều thống nhất', kind: 'check' },
    ],
    apiFields: { 'to.unitId': 'toUnitId', to: 'toUnitId', content: 'content', allConsultedAgreed: 'allConsultedAgreed' },
  },
  difficulty: {
    title: 'Báo cáo khó khăn',
    fields: [content('Khó khăn, vướng mắc'), { name: 'toUnitId', label: 'Báo cáo đến', kind: 'unit' }],
    apiFields: { content: 'content', 'to.unitId': 'toUnitId' },
  },
  extend: {
    title: 'Gia hạn',
    fields: [
      { name: 'dueDate', label: 'Hạn mới', kind: 'date', help: 'Hoặc ghi số ngày làm việc kể từ lúc gia hạn.' },
      { name: 'workingDays', label: 'Số ngày làm việc', kind: 'number' },
      reason('Lý do gia hạn'),
    ],
    apiFields: { 'deadline.dueAt': 'dueDate', 'deadline.workingDays': 'workingDays', deadline: 'dueDate', reason: 'reason' },
  },
  complete: {
    title: 'Hoàn thành',
    fields: [
      { name: 'result', label: 'Kết quả', kind: 'textarea', required: true },
      { name: 'outputNumber', label: 'Số, ký hiệu văn bản kết quả', kind: 'text' },
      { name: 'outputDate', label: 'Ngày văn bản kết quả', kind: 'date' },
    ],
    apiFields: { result: 'result', 'outputDocument.number': 'outputNumber', 'outputDocument.date': 'outputDate' },
  },
  supplementRequest: {
    title: 'Yêu cầu bổ sung hồ sơ',
    fields: [
      content('Nội dung cần bổ sung'),
      { name: 'stage', label: 'Bước xử lý', kind: 'text', required: true },
      { name: 'legalBasis', label: 'Căn cứ pháp lý', kind: 'text', required: true },
      { name: 'approvedByPersonId', label: 'Người phê duyệt', kind: 'person', required: true },
    ],
    apiFields: { content: 'content', stage: 'stage', legalBasis: 'legalBasis', 'approvedBy.personId': 'approvedByPersonId' },
  },
  supplement: { title: 'Nhận hồ sơ bổ sung', fields: [content('Những gì đã bổ sung')], apiFields: { content: 'content' } },
  appointment: {
    title: 'Phiếu hẹn trả kết quả',
    fields: [{ name: 'returnBy', label: 'Hẹn trả kết quả lúc', kind: 'instant', required: true }],
    apiFields: { returnBy: 'returnBy' },
  },
  result: {
    title: 'Trả kết quả',
    fields: [{ name: 'result', label: 'Kết quả đã trả', kind: 'textarea', required: true }],
    apiFields: { result: 'result' },
  },
  apology: {
    title: 'Phiếu xin lỗi, hẹn lại',
    fields: [reason('Lý do chậm'), { name: 'newReturnBy', label: 'Hẹn mới lúc', kind: 'instant', required: true }],
    apiFields: { reason: 'reason', newReturnBy: 'newReturnBy' },
  },
};

/** The fields every command may carry: when it happened, and (for a clerk) the official it is recorded for. */
export const COMMON_API_FIELDS: Readonly<Record<string, string>> = {
  occurredAt: 'occurredAt',
  onBehalfOf: 'onBehalfOfPersonId',
  'onBehalfOf.personId': 'onBehalfOfPersonId',
  'onBehalfOf.unitId': 'onBehalfOfUnitId',
};

/** Where the command is recorded, beside the task: the holding unit (a delegate's unit), a clerk's official. */
export interface RecordingContext {
  holderUnitId: string;
  /** The unit the answer is given for: the official's (a clerk's named official) or the signed-in person's. */
  actingUnitId: string;
}

const textOf = (value: FormValues[string]): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const listOf = (value: FormValues[string]): string[] => (Array.isArray(value) ? value : []);
const instantOf = (value: FormValues[string]): string | undefined => {
  const wallClock = textOf(value);
  return wallClock === undefined ? undefined : vietNamInstantOf(wallClock);
};
const optional = <T>(key: string, value: T | undefined): Record<string, T> => (value === undefined ? {} : { [key]: value });

/** occurredAt and onBehalfOf, as every command body takes them. */
export function commonBodyOf(values: FormValues): Record<string, unknown> {
  const person = textOf(values['onBehalfOfPersonId']);
  const unit = textOf(values['onBehalfOfUnitId']);
  return {
    ...optional('occurredAt', instantOf(values['occurredAt'])),
    ...(person !== undefined && unit !== undefined ? { onBehalfOf: { personId: person, unitId: unit } } : {}),
  };
}

/** A deadline as the API takes it: a date (the end of that day in Viet Nam, the API says) or working days. */
export function deadlineOf(values: FormValues): Record<string, unknown> {
  const workingDays = typeof values['workingDays'] === 'number' ? values['workingDays'] : undefined;
  return { ...optional('dueAt', textOf(values['dueDate'])), ...optional('workingDays', workingDays) };
}

/** The body of an action's command (without the path's ids: `pathOf` gives those). */
export function actionBodyOf(action: RecordingAction, values: FormValues, context: RecordingContext): Record<string, unknown> {
  const common = commonBodyOf(values);
  const own = (): Record<string, unknown> => {
    switch (action) {
      case 'receive':
        return {};
      case 'delegate':
        return { person: { personId: textOf(values['personId']) ?? '', unitId: context.holderUnitId } };
      case 'transfer':
        return { to: { unitId: textOf(values['toUnitId']) ?? '' }, reason: textOf(values['reason']) ?? '' };
      case 'return':
        return { reasonCode: textOf(values['reasonCode']) ?? '', ...optional('reason', textOf(values['reason'])) };
      case 'comment':
      case 'supplement':
        return { content: textOf(values['content']) ?? '' };
      case 'consult':
        return {
          unitIds: listOf(values['unitIds']),
          ...optional('content', textOf(values['content'])),
          ...optional('replyDueAt', instantOf(values['replyDueAt'])),
        };
      case 'answer':
        return { unitId: context.actingUnitId, stance: textOf(values['stance']) ?? '', ...optional('content', textOf(values['content'])) };
      case 'submit':
        return {
          to: { unitId: textOf(values['toUnitId']) ?? '' },
          ...optional('content', textOf(values['content'])),
          allConsultedAgreed: values['allConsultedAgreed'] === true,
        };
      case 'difficulty': {
        const to = textOf(values['toUnitId']);
        return { content: textOf(values['content']) ?? '', ...(to === undefined ? {} : { to: { unitId: to } }) };
      }
      case 'extend':
        return { deadline: deadlineOf(values), reason: textOf(values['reason']) ?? '' };
      case 'complete': {
        const number = textOf(values['outputNumber']);
        const date = textOf(values['outputDate']);
        return {
          result: textOf(values['result']) ?? '',
          ...(number !== undefined || date !== undefined ? { outputDocument: { number: number ?? '', date: date ?? '' } } : {}),
        };
      }
      case 'supplementRequest':
        return {
          content: textOf(values['content']) ?? '',
          stage: textOf(values['stage']) ?? '',
          legalBasis: textOf(values['legalBasis']) ?? '',
          approvedBy: { personId: textOf(values['approvedByPersonId']) ?? '', unitId: context.holderUnitId },
        };
      case 'appointment':
        return { returnBy: instantOf(values['returnBy']) ?? '' };
      case 'result':
        return { result: textOf(values['result']) ?? '' };
      case 'apology':
        return { reason: textOf(values['reason']) ?? '', newReturnBy: instantOf(values['newReturnBy']) ?? '' };
    }
  };
  return { ...common, ...own() };
}

/** The assignment (POST /tasks): the signed-in person, or a clerk's named official, is the assigning authority. */
export function assignmentBodyOf(values: FormValues, principal: { personId: string; unitId: string }): Record<string, unknown> {
  const common = commonBodyOf(values);
  const onBehalfOf = common['onBehalfOf'] as { personId: string; unitId: string } | undefined;
  const leadUnitId = textOf(values['leadUnitId']) ?? '';
  const responsible = textOf(values['responsiblePersonId']);
  const urgency = textOf(values['urgency']);
  const deadline = { ...deadlineOf(values), ...optional('urgency', urgency) };
  return {
    ...common,
    kind: values['kind'] === 'dossier' ? 'dossier' : 'task',
    title: textOf(values['title']) ?? '',
    category: textOf(values['category']) ?? '',
    source: { number: textOf(values['sourceNumber']) ?? '', date: textOf(values['sourceDate']) ?? '' },
    assigningAuthority: onBehalfOf ?? { personId: principal.personId, unitId: principal.unitId },
    leadUnitId,
    coordinatingUnitIds: listOf(values['coordinatingUnitIds']),
    ...(responsible === undefined ? {} : { responsiblePerson: { personId: responsible, unitId: leadUnitId } }),
    ...(Object.keys(deadline).length > 0 ? { deadline } : {}),
  };
}

export const ASSIGNMENT_API_FIELDS: Readonly<Record<string, string>> = {
  ...COMMON_API_FIELDS,
  title: 'title',
  category: 'category',
  kind: 'kind',
  'source.number': 'sourceNumber',
  'source.date': 'sourceDate',
  source: 'sourceNumber',
  leadUnitId: 'leadUnitId',
  coordinatingUnitIds: 'coordinatingUnitIds',
  'responsiblePerson.personId': 'responsiblePersonId',
  responsiblePerson: 'responsiblePersonId',
  'deadline.dueAt': 'dueDate',
  'deadline.workingDays': 'workingDays',
  'deadline.urgency': 'urgency',
  deadline: 'dueDate',
  'assigningAuthority.personId': 'onBehalfOfPersonId',
  assigningAuthority: 'onBehalfOfPersonId',
};

/**
 * The consultations a unit may answer (all of them for a clerk, whose official's unit is chosen on the form), named by
 * when they were asked (the request's entry in the task view).
 */
export function consultationOptionsOf(
  consultations: readonly unknown[] | undefined,
  entries: Readonly<Record<string, { occurredAt: string }>>,
  unitId: string | null,
): Array<{ value: string; label: string }> {
  const options: Array<{ value: string; label: string }> = [];
  for (const consultation of consultations ?? []) {
    if (typeof consultation !== 'object' || consultation === null) continue;
    const { consultationId, requestEventId, unitIds } = consultation as Record<string, unknown>;
    if (typeof consultationId !== 'string' || !Array.isArray(unitIds)) continue;
    if (unitId !== null && !unitIds.includes(unitId)) continue;
    const asked = typeof requestEventId === 'string' ? entries[requestEventId]?.occurredAt : undefined;
    options.push({ value: consultationId, label: asked ? `Xin ý kiến lúc ${formatDateTime(asked)}` : 'Xin ý kiến' });
  }
  return options;
}
