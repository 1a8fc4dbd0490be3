import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { formErrorsOf } from '../forms/form-problem';
import { DISCIPLINE_FORM_LABELS, type DisciplineFormCode } from './case.labels';
import type { CaseDetail } from './case.types';
import { CASE_STEP_LOOK, type CaseStepKind } from './case-steps';
import { useCaseStep, type CaseStepBody } from './cases.api';

const MAX_TEXT = 4000;

interface StepValues {
  note?: string;
  reason?: string;
  limitDays?: number;
  form?: DisciplineFormCode;
  documentNumber?: string;
  documentDate?: Dayjs;
  signerName?: string;
  signerTitle?: string;
  limitationAcknowledged?: boolean;
}

/** The API's field names (nested ones dotted) as the form's own. */
const FIELD_OF: Readonly<Record<string, keyof StepValues>> = {
  note: 'note',
  reason: 'reason',
  limitDays: 'limitDays',
  form: 'form',
  'document.number': 'documentNumber',
  'document.date': 'documentDate',
  'document.signer.name': 'signerName',
  'document.signer.title': 'signerTitle',
};

function bodyOfStep(kind: CaseStepKind, values: StepValues, kase: CaseDetail): CaseStepBody {
  if (kind === 'review') return { kind, body: values.note?.trim() ? { note: values.note } : {} };
  if (kind === 'withdraw') return { kind, body: { reason: values.reason ?? '' } };
  if (kind === 'extend') return { kind, body: { limitDays: values.limitDays ?? 0, reason: values.reason ?? '' } };
  return {
    kind,
    body: {
      form: values.form ?? '',
      document: {
        number: values.documentNumber ?? '',
        date: values.documentDate?.format('YYYY-MM-DD') ?? '',
        signer: { name: values.signerName ?? '', title: values.signerTitle ?? '' },
      },
      ...(kase.warnings.length > 0 ? { limitationAcknowledged: true } : {}),
    } as CaseStepBody['body'] & { form: string },
  } as CaseStepBody;
}

/**
 * One step on a case, sent once: the Idempotency-Key is made when the form opens (the page mounts a new form each
 * time); the API's field errors land on the fields, anything else shows above the form.
 */
export function CaseStepForm({ kase, kind, onClose }: { kase: CaseDetail; kind: CaseStepKind; onClose: () => void }) {
  const [form] = Form.useForm<StepValues>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<string>();
  const step = useCaseStep(kase.caseId);
  const sending = useRef(false);
  const { message } = App.useApp();
  const look = CASE_STEP_LOOK[kind];
  const formId = `case-step-${kind}`;

  const send = (values: StepValues) => {
    if (sending.current) return;
    sending.current = true;
    setProblem(undefined);
    step.mutate(
      { step: bodyOfStep(kind, values, kase), idempotencyKey },
      {
        onSuccess: () => {
          void message.success(look.done);
          onClose();
        },
        onError: (error) => {
          const errors = formErrorsOf(error, Object.keys(FIELD_OF));
          form.setFields(errors.fields.map((field) => ({ name: FIELD_OF[field.name] as keyof StepValues, errors: field.errors })));
          setProblem(errors.message);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  const reasonItem = (label: string) => (
    <Form.Item
      name="reason"
      label={label}
      extra={`Từ 15 đến ${MAX_TEXT.toLocaleString('vi-VN')} ký tự; được lưu cùng hồ sơ và không xóa được.`}
      rules={[{ required: true, whitespace: true, message: 'Hãy ghi lý do.' }]}
    >
      <Input.TextArea rows={4} maxLength={MAX_TEXT} showCount />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={look.title}
      okText={look.action}
      cancelText="Hủy"
      okButtonProps={{ danger: kind === 'withdraw', htmlType: 'submit', form: formId, loading: step.isPending }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" /> : null}
      {kind === 'decide' && kase.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Có hành vi đã hết thời hiệu xử lý kỷ luật; ghi nhận quyết định là xác nhận đã xem xét cảnh báo này."
        />
      ) : null}
      <Form<StepValues>
        id={formId}
        form={form}
        layout="vertical"
        onFinish={send}
        disabled={step.isPending}
        initialValues={kind === 'decide' ? { form: kase.proposedForm } : kind === 'extend' ? { limitDays: kase.handling?.maxDays } : {}}
      >
        {kind === 'review' ? (
          <Form.Item name="note" label="Ghi chú (không bắt buộc)">
            <Input.TextArea rows={3} maxLength={MAX_TEXT} showCount />
          </Form.Item>
        ) : null}
        {kind === 'withdraw' ? reasonItem('Lý do rút đề nghị') : null}
        {kind === 'extend' ? (
          <>
            <Form.Item
              name="limitDays"
              label="Thời hạn xử lý mới (ngày)"
              extra={`Tính từ ngày bắt đầu; hiện là ${kase.handling?.limitDays ?? '—'} ngày, tối đa ${kase.handling?.maxDays ?? 150} ngày.`}
              rules={[{ required: true, message: 'Hãy nhập số ngày.' }]}
            >
              <InputNumber min={1} max={kase.handling?.maxDays ?? 150} style={{ width: 160 }} />
            </Form.Item>
            {reasonItem('Lý do gia hạn')}
          </>
        ) : null}
        {kind === 'decide' ? (
          <>
            <Form.Item name="form" label="Hình thức kỷ luật" rules={[{ required: true, message: 'Hãy chọn hình thức kỷ luật.' }]}>
              <Select options={Object.entries(DISCIPLINE_FORM_LABELS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item
              name="documentNumber"
              label="Số quyết định"
              rules={[{ required: true, whitespace: true, message: 'Hãy nhập số quyết định.' }]}
            >
              <Input maxLength={100} placeholder="Ví dụ: 125/QĐ-UBND" />
            </Form.Item>
            <Form.Item name="documentDate" label="Ngày ký" rules={[{ required: true, message: 'Hãy chọn ngày ký.' }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item
              name="signerName"
              label="Người ký"
              rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ tên người ký.' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="signerTitle"
              label="Chức vụ người ký"
              rules={[{ required: true, whitespace: true, message: 'Hãy nhập chức vụ người ký.' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
