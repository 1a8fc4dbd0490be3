import { Alert, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import type { PageProps } from '../app/pages';
import { formatDate } from '../display/dates.format';
import { AsOfPicker } from '../organisation/as-of-picker';
import { useUnit } from '../organisation/org.api';
import { mandateLabel, unitKindLabel } from '../organisation/org.labels';
import { asOfDateOf, organisationPath, unitPath } from '../organisation/org.link';
import { OrgSection } from '../organisation/org-section';
import { UnitHistory } from '../organisation/unit-history';
import { UnitLeadership } from '../organisation/unit-leadership';
import { UnitStaff } from '../organisation/unit-staff';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { LoadFailure } from '../shell/load-failure';

function UnitLink({ unitId, date }: { unitId: string; date: string }) {
  const unit = useUnit(unitId, date);
  return (
    <Link to={unitPath(unitId, date)} style={LINK_STYLE}>
      {unit.data?.name ?? 'Đang tải tên…'}
    </Link>
  );
}

/**
 * One unit as it stood on a day (ngay= in the address): its name then, parent, kind, mandates, head, acting head and
 * delegate, its staff; and its history (establishment, renames, moves, mergers, dissolution), whatever the day.
 */
export function UnitPage({ params }: PageProps) {
  const unitId = params.unitId ?? '';
  const { search } = useLocation();
  const date = asOfDateOf(search);
  const unit = useUnit(unitId, date);

  const back = (
    <Link to={organisationPath(date)} style={LINK_STYLE}>
      ← Tổ chức bộ máy
    </Link>
  );
  const picker = (
    <Space wrap align="center">
      <Typography.Text>Xem đơn vị vào ngày</Typography.Text>
      <AsOfPicker date={date} onChange={(next) => navigate(unitPath(unitId, next), { replace: true })} />
    </Space>
  );
  if (unit.isPending) return <Skeleton active />;
  if (unit.error) {
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {back}
        <Typography.Title level={2}>Đơn vị</Typography.Title>
        {picker}
        <LoadFailure
          error={unit.error}
          notFound={{
            title: `Không có đơn vị này vào ngày ${formatDate(date)}`,
            subTitle: 'Đơn vị chưa được thành lập vào ngày này, hoặc địa chỉ trang bị sai. Hãy chọn ngày khác hoặc mở lại từ cây tổ chức.',
          }}
        />
      </Space>
    );
  }

  const detail = unit.data;
  const successorId = detail.successorChain.at(-1);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {back}
      <div>
        <Typography.Text type="secondary">Đơn vị</Typography.Text>
        <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="unit-name">
          {detail.name}
        </Typography.Title>
      </div>
      {picker}
      {!detail.active ? (
        <Alert
          type="warning"
          showIcon
          title={
            <>
              Vào ngày {formatDate(date)} đơn vị này không còn hoạt động
              {successorId ? (
                <>
                  ; đơn vị kế thừa: <UnitLink unitId={successorId} date={date} />
                </>
              ) : null}
              . Thông tin dưới đây là của ngày cuối cùng đơn vị còn hoạt động.
            </>
          }
        />
      ) : null}
      <OrgSection title={`Thông tin vào ngày ${formatDate(date)}`}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label="Tên đơn vị">{detail.name}</Descriptions.Item>
          <Descriptions.Item label="Đơn vị cấp trên">
            {detail.parentUnitId ? <UnitLink unitId={detail.parentUnitId} date={date} /> : 'Không trực thuộc đơn vị nào'}
          </Descriptions.Item>
          <Descriptions.Item label="Loại đơn vị">{unitKindLabel(detail.kind)}</Descriptions.Item>
          <Descriptions.Item label="Lĩnh vực được giao">
            {detail.mandates.length === 0
              ? 'Không có'
              : detail.mandates.map((category) => <Tag key={category}>{mandateLabel(category)}</Tag>)}
          </Descriptions.Item>
        </Descriptions>
      </OrgSection>
      {detail.active ? (
        <>
          <OrgSection title="Lãnh đạo" testId="unit-leadership">
            <UnitLeadership unitId={unitId} date={date} />
          </OrgSection>
          <OrgSection title={`Cán bộ vào ngày ${formatDate(date)}`}>
            <UnitStaff unitId={unitId} date={date} />
          </OrgSection>
        </>
      ) : null}
      <OrgSection title="Lịch sử đơn vị">
        <UnitHistory unitId={unitId} />
      </OrgSection>
    </Space>
  );
}
