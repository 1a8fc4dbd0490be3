import { Alert, App, Button, Card, Checkbox, Form, Input, Select, Skeleton, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { PageProps } from '../app/pages';
import type { DisciplineFormCode } from '../cases/case.labels';
import { formChoicesOf, limitationWarningsFor } from '../cases/case-options';
import { CASE_LIST_PATH, casePath } from '../cases/case-list.link';
import { useCaseOptions, useConfirmedFindings, usePropose } from '../cases/cases.api';
import { formatDate } from '../display/dates.format';
import { formErrorsOf } from '../forms/form-problem';
import { usePersonName } from '../people/persons.api';
import { navigate } from '../router/history';
import { Link } from '../router/link';
import { pathFor } from '../router/route-match';
import { LINK_STYLE } from '../shell/link.style';
import { ProblemResult } from './problem.page';

const MAX_GROUNDS = 4000;
const FORM_FIELDS = ['findingIds', 'proposedForm', 'grounds', 'electedCadre'] as const;

interface ProposalValues {
  findingIds: string[];
  proposedForm: DisciplineFormCode;
  grounds: string;
  electedCadre: boolean;
}

/**
 * Home Affairs proposes a disciplinary case for a person, citing their confirmed findings: a form of discipline and
 * the grounds, sent once (one Idempotency-Key per opening of the page); the API's refusals land on the fields, and the
 * new case opens on success.
 */
export function CaseProposalPage({ params }: PageProps) {
  const personId = params.personId ?? '';
  const name = usePersonName(personId);
  const findings = useConfirmedFindings(personId);
  const propose = usePropose();
  const [form] = Form.useForm<ProposalValues>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<string>();
  const sending = useRef(false);
  const { message } = App.useApp();
  const personName = name.data ?? personId;
  const chosenFindings = Form.useWatch('findingIds', form) ?? [];
  const electedCadre = Form.useWatch('electedCadre', form) ?? false;
  const chosenForm = Form.useWatch('proposedForm', form);
  const options = useCaseOptions(personId, chosenFindings, electedCadre);
  const warnings = limitationWarningsFor(options.data, chosenForm);

  const send = (values: ProposalValues) => {
    if (sending.current) return;
    sending.current = true;
    setProblem(undefined);
    propose.mutate(
      {
        body: {
          personId,
          findingIds: values.findingIds,
          proposedForm: values.proposedForm,
          grounds: values.grounds,
          electedCadre: values.electedCadre,
        },
        idempotencyKey,
      },
      {
        onSuccess: (result) => {
          void message.success('Đã lập hồ sơ đề nghị xem xét kỷ luật.');
          navigate(casePath(result.caseId));
        },
        onError: (error) => {
          const errors = formErrorsOf(error, FORM_FIELDS);
          form.setFields(errors.fields.map((field) => ({ name: field.name as keyof ProposalValues, errors: field.errors })));
          setProblem(errors.message);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Link to={CASE_LIST_PATH} style={LINK_STYLE}>
        ← Danh sách hồ sơ kỷ luật
      </Link>
      <div>
        <Typography.Title level={2}>Đề nghị xem xét kỷ luật</Typography.Title>
        <Typography.Paragraph>
          Cán bộ: <Typography.Text strong>{personName}</Typography.Text>. Chọn các phát hiện đã được thanh tra xác nhận làm căn cứ. Thời
          hiệu xử lý kỷ luật là 5 năm với hành vi ở mức khiển trách và 10 năm với các hình thức nặng hơn (tính từ ngày có hành vi); nếu hành
          vi đã hết thời hiệu, hồ sơ vẫn được lập nhưng kèm cảnh báo.
        </Typography.Paragraph>
      </div>
      {findings.isPending ? (
        <Skeleton active />
      ) : findings.error ? (
        <ProblemResult error={findings.error} />
      ) : findings.data.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="Người này chưa có phát hiện nào được xác nhận."
          description="Chỉ đề nghị xem xét kỷ luật được khi thanh tra đã xác nhận ít nhất một phát hiện có nêu tên người này."
        />
      ) : (
        <Card>
          {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Form<ProposalValues>
            id="case-proposal-form"
            form={form}
            layout="vertical"
            onFinish={send}
            disabled={propose.isPending}
            initialValues={{ findingIds: [], electedCadre: false }}
          >
            <Form.Item
              name="findingIds"
              label="Phát hiện đã xác nhận"
              // A validator rather than `required`: Form.Item would put aria-required on the group, which a group may not carry.
              rules={[
                {
                  validator: (_, value: string[] | undefined) =>
                    value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error('Hãy chọn ít nhất một phát hiện.')),
                },
              ]}
            >
              <Checkbox.Group role="group" aria-label="Phát hiện đã xác nhận" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {findings.data.map((finding) => (
                  <Checkbox key={finding.id} value={finding.id}>
                    <strong>{finding.ruleTitle}</strong> · ngày {formatDate(finding.on)}{' '}
                    <Link to={pathFor('/phat-hien/:findingId', { findingId: finding.id })} style={LINK_STYLE}>
                      (xem)
                    </Link>
                    <div>
                      <Typography.Text type="secondary">{finding.explanation}</Typography.Text>
                    </div>
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item name="electedCadre" valuePropName="checked" extra="Chỉ cán bộ dân cử mới áp dụng được hình thức bãi nhiệm.">
              <Checkbox>Người này là cán bộ dân cử</Checkbox>
            </Form.Item>
            <Form.Item
              name="proposedForm"
              label="Hình thức kỷ luật đề nghị"
              extra={
                options.data
                  ? `Theo tổ chức bộ máy ngày ${formatDate(options.data.on)}: ${options.data.holdsLeadership ? 'đang' : 'không'} giữ chức vụ lãnh đạo, quản lý.`
                  : 'Cách chức chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý; bãi nhiệm chỉ với cán bộ dân cử.'
              }
              rules={[{ required: true, message: 'Hãy chọn hình thức kỷ luật.' }]}
            >
              <Select style={{ maxWidth: 320 }} options={formChoicesOf(options.data)} />
            </Form.Item>
            {warnings.length > 0 ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 24 }}
                data-testid="case-limitation-warning"
                title="Hết thời hiệu xử lý kỷ luật"
                description={
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                }
              />
            ) : null}
            <Form.Item
              name="grounds"
              label="Nội dung vi phạm và căn cứ đề nghị"
              extra={`Từ 15 đến ${MAX_GROUNDS.toLocaleString('vi-VN')} ký tự; được lưu cùng hồ sơ và không xóa được.`}
              rules={[{ required: true, whitespace: true, message: 'Hãy ghi nội dung vi phạm và căn cứ đề nghị.' }]}
            >
              <Input.TextArea rows={5} maxLength={MAX_GROUNDS} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={propose.isPending}>
              Gửi đề nghị
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
