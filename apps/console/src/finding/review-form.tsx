import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useReview } from './finding.api';
import { DECISION_LOOK } from './finding.labels';
import type { ReviewDecision } from './review-permission';
import { formErrorsOf } from '../forms/form-problem';

const MAX_JUSTIFICATION = 4000;
const FORM_FIELDS = ['justification'] as const;

interface ReviewValues {
  justification: string;
}

/**
 * The inspector's review: a written justification, sent once. The Idempotency-Key is made when the form opens (the
 * parent mounts a new form each time), so a double click or a resent request records one review; the API's field
 * errors land on the field, anything else shows above the form.
 */
export function ReviewForm({ findingId, decision, onClose }: { findingId: string; decision: ReviewDecision; onClose: () => void }) {
  const [form] = Form.useForm<ReviewValues>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<string>();
  const review = useReview(findingId);
  // A second submit while the first is on its way (a double click) sends nothing: the mutation's own state updates late.
  const sending = useRef(false);
  const { message } = App.useApp();
  const look = DECISION_LOOK[decision];

  const send = (values: ReviewValues) => {
    if (sending.current) return;
    sending.current = true;
    setProblem(undefined);
    review.mutate(
      { decision, justification: values.justification, idempotencyKey },
      {
        onSuccess: ({ shown }) => {
          if (shown) void message.success(look.done);
          else void message.info(`${look.done} Trang sẽ hiển thị kết luận sau ít giây; hãy tải lại trang nếu chưa thấy.`);
          onClose();
        },
        onError: (error) => {
          const errors = formErrorsOf(error, FORM_FIELDS);
          form.setFields(errors.fields.map((field) => ({ name: field.name as keyof ReviewValues, errors: field.errors })));
          setProblem(errors.message);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  return (
    <Modal
      open
      title={look.title}
      okText={look.action}
      cancelText="Hủy"
      okButtonProps={{ danger: decision === 'dismiss', htmlType: 'submit', form: 'finding-review-form', loading: review.isPending }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form<ReviewValues> id="finding-review-form" form={form} layout="vertical" onFinish={send} disabled={review.isPending}>
        <Form.Item
          name="justification"
          label="Lý do"
          extra={
            <Typography.Text type="secondary">
              Ghi rõ căn cứ kết luận: văn bản, buổi làm việc, ý kiến của người liên quan (từ 15 đến{' '}
              {MAX_JUSTIFICATION.toLocaleString('vi-VN')} ký tự). Lý do được lưu cùng phát hiện và không xóa được.
            </Typography.Text>
          }
          rules={[{ required: true, whitespace: true, message: 'Hãy ghi lý do xác nhận hoặc bác bỏ.' }]}
        >
          <Input.TextArea rows={5} maxLength={MAX_JUSTIFICATION} showCount style={{ marginBottom: 20 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
