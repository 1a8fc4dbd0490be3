import { Alert, App, Button, Card, Form, Space } from 'antd';
import { useRef, useState } from 'react';
import { formErrorsOf } from '../forms/form-problem';
import { navigate } from '../router/history';
import { categoryOptions } from '../tasks/task-filter.options';
import { ASSIGNMENT_API_FIELDS, assignmentBodyOf, type FieldSpec } from './action-forms';
import { CommonFields, formValuesOf, initialValuesNow, RecordingField } from './form-fields';
import { useAssignTask } from './recording.api';

const URGENCIES = [
  { value: 'normal', label: 'Thường' },
  { value: 'khan', label: 'Khẩn' },
  { value: 'thuong_khan', label: 'Thượng khẩn' },
  { value: 'hoa_toc', label: 'Hỏa tốc' },
];

const KINDS = [
  { value: 'task', label: 'Nhiệm vụ' },
  { value: 'dossier', label: 'Hồ sơ thủ tục hành chính' },
];

/** The fields of the assignment; the responsible person is chosen by name among the lead unit's people. */
function assignmentFields(): FieldSpec[] {
  return [
    { name: 'title', label: 'Nội dung nhiệm vụ', kind: 'textarea', required: true },
    { name: 'kind', label: 'Loại', kind: 'select', required: true, options: KINDS },
    { name: 'category', label: 'Lĩnh vực', kind: 'select', required: true, options: categoryOptions() },
    { name: 'sourceNumber', label: 'Số, ký hiệu văn bản giao việc', kind: 'text', required: true },
    { name: 'sourceDate', label: 'Ngày văn bản', kind: 'date', required: true },
    { name: 'leadUnitId', label: 'Đơn vị chủ trì', kind: 'unit', required: true },
    { name: 'coordinatingUnitIds', label: 'Đơn vị phối hợp', kind: 'units' },
    { name: 'responsiblePersonId', label: 'Người chịu trách nhiệm (thuộc đơn vị chủ trì)', kind: 'person', staffOf: 'leadUnitId' },
    { name: 'dueDate', label: 'Hạn xử lý', kind: 'date', help: 'Hết ngày này, giờ Việt Nam. Hoặc ghi số ngày làm việc kể từ ngày giao.' },
    { name: 'workingDays', label: 'Số ngày làm việc', kind: 'number' },
    { name: 'urgency', label: 'Độ khẩn', kind: 'select', options: URGENCIES, help: 'Hỏa tốc, thượng khẩn, khẩn: đến hạn ngay khi giao.' },
  ];
}

/**
 * The assignment of a new task (POST /tasks) by the signed-in person, or by a clerk for the named official (the
 * assigning authority then). One Idempotency-Key per opening of the page: a double click creates one task. On
 * success the task's page opens.
 */
export function AssignmentForm({ principal, clerk }: { principal: { personId: string; unitId: string }; clerk: boolean }) {
  const fields = assignmentFields();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [initialValues] = useState(() => ({ ...initialValuesNow(), kind: 'task' }));
  const [problem, setProblem] = useState<string>();
  const assign = useAssignTask();
  const sending = useRef(false);
  const { message } = App.useApp();

  const send = (raw: Record<string, unknown>) => {
    if (sending.current) return;
    sending.current = true;
    setProblem(undefined);
    assign.mutate(
      { body: assignmentBodyOf(formValuesOf(raw, fields), principal), idempotencyKey },
      {
        onSuccess: (result) => {
          void message.success('Đã giao nhiệm vụ.');
          navigate(`/nhiem-vu/${result.taskId}`);
        },
        onError: (error) => {
          const errors = formErrorsOf(error, ASSIGNMENT_API_FIELDS);
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
    <Card style={{ maxWidth: 760 }}>
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form id="new-task-form" form={form} layout="vertical" onFinish={send} initialValues={initialValues} disabled={assign.isPending}>
        {fields.map((field) => (
          <RecordingField key={field.name} field={field} />
        ))}
        <CommonFields clerk={clerk} />
        <Space>
          <Button type="primary" htmlType="submit" loading={assign.isPending}>
            Giao nhiệm vụ
          </Button>
          <Button onClick={() => navigate('/nhiem-vu')}>Hủy</Button>
        </Space>
      </Form>
    </Card>
  );
}
