import { LoginOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Input, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../api/problem.messages';
import { RETURN_PARAM } from '../app/routes';
import { textMatcher } from '../display/text.match';
import { navigate, useSearchParam } from '../router/history';
import { safeReturnPath } from '../router/route-match';
import { oidcSignInUrl } from '../session/session.api';
import { useDemoPeople, useDemoSignIn, useSignInOptions } from '../session/session.hooks';
import type { DemoPerson } from '../session/session.types';

/**
 * Sign-in: through the province's identity provider when the service has one, and on a demo setup the demo people,
 * one click each (name, unit, role).
 */
export function SignInPage() {
  const returnTo = safeReturnPath(useSearchParam(RETURN_PARAM));
  const options = useSignInOptions();
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'start center', padding: '48px 16px', background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 720 }}>
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0 }}>
          Rõ người, rõ việc, rõ trách nhiệm
        </Typography.Title>
        <Typography.Paragraph>
          Hệ thống truy vết trách nhiệm xử lý nhiệm vụ. Đăng nhập để xem ai giữ nhiệm vụ, từ khi nào, và ai chịu trách nhiệm khi chậm trễ.
        </Typography.Paragraph>
        {options.isPending && <Skeleton active />}
        {options.isError && (
          <Alert
            type="error"
            showIcon
            title={problemMessage(options.error).title}
            description={problemMessage(options.error).explanation}
          />
        )}
        {options.data?.oidc && (
          <Button type="primary" size="large" icon={<SafetyCertificateOutlined />} href={oidcSignInUrl(returnTo)} block>
            Đăng nhập qua cổng định danh
          </Button>
        )}
        {options.data?.oidc && options.data.demo && <Divider>hoặc dùng tài khoản mẫu</Divider>}
        {options.data?.demo && <DemoPeople returnTo={returnTo} />}
        {options.data && !options.data.oidc && !options.data.demo && (
          <Alert
            type="warning"
            showIcon
            title="Chưa có cách đăng nhập nào được bật"
            description="Máy chủ chưa cấu hình cổng định danh và không có dữ liệu mẫu. Hãy báo người quản trị hệ thống."
          />
        )}
      </Card>
    </main>
  );
}

function DemoPeople({ returnTo }: { returnTo: string }) {
  const people = useDemoPeople(true);
  const signIn = useDemoSignIn();
  const [query, setQuery] = useState('');
  const matches = textMatcher(query);
  const shown = (people.data ?? []).filter((person) => matches(`${person.name} ${person.unitName} ${person.roleLabel}`));
  const enter = (person: DemoPerson) => signIn.mutate(person.personId, { onSuccess: () => navigate(returnTo, { replace: true }) });
  return (
    <section aria-labelledby="demo-people-heading">
      <Typography.Title level={2} id="demo-people-heading" style={{ fontSize: 18 }}>
        Đăng nhập bằng tài khoản mẫu
      </Typography.Title>
      <Typography.Paragraph type="secondary">Chọn một người để vào hệ thống với vai trò của người đó.</Typography.Paragraph>
      {signIn.isError && (
        <Alert
          type="error"
          showIcon
          title={problemMessage(signIn.error).title}
          description={problemMessage(signIn.error).explanation}
          style={{ marginBottom: 16 }}
        />
      )}
      {people.isError && (
        <Alert type="error" showIcon title={problemMessage(people.error).title} description={problemMessage(people.error).explanation} />
      )}
      <Input.Search
        aria-label="Tìm người theo tên, đơn vị hoặc vai trò"
        placeholder="Tìm theo tên, đơn vị, vai trò (không cần gõ dấu)"
        allowClear
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ marginBottom: 12 }}
      />
      <List
        loading={people.isPending}
        dataSource={shown}
        locale={{ emptyText: query ? 'Không có ai khớp với từ khóa. Hãy thử từ khóa khác.' : 'Chưa có người dùng mẫu.' }}
        renderItem={(person) => (
          <List.Item
            key={person.personId}
            actions={[
              <Button
                key="enter"
                type="primary"
                icon={<LoginOutlined />}
                loading={signIn.isPending && signIn.variables === person.personId}
                disabled={signIn.isPending}
                onClick={() => enter(person)}
                aria-label={`Vào với tên ${person.name}`}
              >
                Vào
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={<span data-testid="demo-person-name">{person.name}</span>}
              description={
                <Space wrap size={4}>
                  <Tag color="blue">{person.roleLabel}</Tag>
                  <span>{person.unitName}</span>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}
