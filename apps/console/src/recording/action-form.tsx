import { Alert, App, Form, Modal } from 'antd';
import { useRef, useState } from 'react';
import { formErrorsOf } from '../forms/form-problem';
import { ACTION_SPECS, actionBodyOf, COMMON_API_FIELDS, type RecordingContext } from './action-forms';
import type { RecordingAction } from './available-actions';
import { CommonFields, formValuesOf, initialValuesNow, RecordingField } from './form-fields';
import { useRecordAction } from './recording.api';

/**
 * One recording action on a task, in a dialog. The Idempotency-Key is made when the form opens (the panel mounts a new
 * form each time), so a double click on "Ghi nhận" records once; the API's 400/422 field errors land on the fields in
 * Vietnamese, anything else shows above the form; what was typed stays when the API refuses it.
 */
export function ActionForm({
  taskId,
  action,
  clerk,
  context,
  consultations,
  onClose,
}: {
  taskId: string;
  action: RecordingAction;
  clerk: boolean;
  context: RecordingContext;
  consultations: ReadonlyArray<{ value: string; label: string }>;
  onClose: () => void;
}) {
  const spec = ACTION_SPECS[action];
  const [form] = Form.useForm<Record<string, unknown>>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [initialValues] = useState(initialValuesNow);
  const [problem, setProblem] = useState<string>();
  const record = useRecordAction(taskId);
  const sending = useRef(false);
  const { message } = App.useApp();
  const formId = `recording-${action}`;

  const send = (raw: Record<string, unknown>) => {
    if (sending.current) return;
    sending.current = true;
    setProblem(undefined);
    const values = formValuesOf(raw, spec.fields);
    // A clerk answers for the named official's unit; anyone else for their own (context.actingUnitId).
    const acting = clerk && typeof values['onBehalfOfUnitId'] === 'string' ? values['onBehalfOfUnitId'] : context.actingUnitId;
    const body = actionBodyOf(action, values, { ...context, actingUnitId: acting });
    const consultationId = typeof values['consultationId'] === 'string' ? values['consultationId'] : undefined;
    record.mutate(
      { action, body, idempotencyKey, ...(consultationId ? { consultationId } : {}) },
      {
        onSuccess: () => {
          void message.success(`Đã ghi nhận: ${spec.title.toLocaleLowerCase('vi')}.`);
          onClose();
        },
        onError: (error) => {
          const errors = formErrorsOf(error, { ...COMMON_API_FIELDS, ...spec.apiFields });
          form.setFields(errors.fields.map((field) => ({ name: field.name, errors: field.errors })));
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
      title={spec.title}
      okText="Ghi nhận"
      cancelText="Hủy"
      okButtonProps={{ htmlType: 'submit', form: formId, loading: record.isPending }}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form id={formId} form={form} layout="vertical" onFinish={send} initialValues={initialValues} disabled={record.isPending}>
        {spec.fields.map((field) => (
          <RecordingField key={field.name} field={field} consultations={consultations} holderUnitId={context.holderUnitId} />
        ))}
        <CommonFields clerk={clerk} behalfRequired={spec.clerkMayActAlone !== true} />
      </Form>
    </Modal>
  );
}
