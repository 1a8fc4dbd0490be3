import { Skeleton, Space, Typography } from 'antd';
import type { PageProps } from '../app/pages';
import { usePerson } from '../organisation/org.api';
import { organisationPath } from '../organisation/org.link';
import { OrgSection } from '../organisation/org-section';
import { PersonTerms } from '../organisation/person-terms';
import { Link } from '../router/link';
import { LINK_STYLE } from '../shell/link.style';
import { LoadFailure } from '../shell/load-failure';

/** One person: name, official code, appointments (unit as named then, position, from–to), acting-head periods and delegations. */
export function PersonPage({ params }: PageProps) {
  const personId = params.personId ?? '';
  const person = usePerson(personId);
  const back = (
    <Link to={organisationPath()} style={LINK_STYLE}>
      ← Tổ chức bộ máy
    </Link>
  );
  if (person.isPending) return <Skeleton active />;
  if (person.error) {
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {back}
        <Typography.Title level={2}>Cán bộ</Typography.Title>
        <LoadFailure
          error={person.error}
          notFound={{ title: 'Không tìm thấy cán bộ', subTitle: 'Cán bộ này không có, hoặc địa chỉ trang bị sai.' }}
        />
      </Space>
    );
  }
  const detail = person.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {back}
      <div>
        <Typography.Text type="secondary">Cán bộ</Typography.Text>
        <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="person-name">
          {detail.fullName}
        </Typography.Title>
        <Typography.Text>
          Mã cán bộ: <span data-testid="official-code">{detail.officialCode || 'Chưa có'}</span>
        </Typography.Text>
      </div>
      <OrgSection title="Quá trình bổ nhiệm">
        <PersonTerms terms={detail.appointments} roleTitle="Chức vụ" testId="person-appointments" />
      </OrgSection>
      <OrgSection title="Quyền người đứng đầu và ủy quyền">
        <PersonTerms terms={detail.delegations} roleTitle="Hình thức" testId="person-delegations" />
      </OrgSection>
    </Space>
  );
}
