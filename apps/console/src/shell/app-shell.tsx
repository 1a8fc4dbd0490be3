import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  SafetyCertificateOutlined,
  ShareAltOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  LogoutOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Avatar, Button, Layout, Menu, Space } from 'antd';
import type { ReactNode } from 'react';
import { problemMessage } from '../api/problem.messages';
import { CONSOLE_ROUTES, SIGN_IN_PATH, mayOpen, type ConsoleRoute, type PageKey } from '../app/routes';
import { Link } from '../router/link';
import { navigate } from '../router/history';
import { useSignOut } from '../session/session.hooks';
import type { SessionInfo } from '../session/session.types';

const ICONS: Partial<Record<PageKey, ReactNode>> = {
  overview: <DashboardOutlined />,
  tasks: <UnorderedListOutlined />,
  findings: <FileSearchOutlined />,
  audit: <AuditOutlined />,
  cases: <SafetyCertificateOutlined />,
  reports: <BarChartOutlined />,
  network: <ShareAltOutlined />,
  organisation: <ApartmentOutlined />,
};

/** The frame of every page after sign-in: the menu, who is signed in (name, role, unit) and the sign-out button. */
export function AppShell({ session, current, children }: { session: SessionInfo; current: ConsoleRoute | undefined; children: ReactNode }) {
  const signOut = useSignOut();
  const { message } = App.useApp();
  const { principal } = session;
  const leave = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate(SIGN_IN_PATH, { replace: true }),
      onError: (error) => void message.error(problemMessage(error).title),
    });
  const menuItems = CONSOLE_ROUTES.filter((route) => !route.public && !route.parent && mayOpen(route, principal.roles)).map((route) => ({
    key: route.key,
    icon: ICONS[route.key],
    label: <Link to={route.path}>{route.title}</Link>,
  }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#1f4e79', paddingInline: 24 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 17, whiteSpace: 'nowrap' }}>
          Rõ người, rõ việc
        </Link>
        <div style={{ flex: 1 }} />
        <Space size={12} style={{ color: '#fff' }} data-testid="signed-in-person">
          <Avatar icon={<UserOutlined />} style={{ background: '#fff', color: '#1f4e79' }} aria-hidden />
          <span>
            <strong>{principal.name}</strong>
            <span style={{ opacity: 0.9 }}>
              {' '}
              · {principal.roleLabels.join(', ')} · {principal.unitName}
            </span>
          </span>
          <Button icon={<LogoutOutlined />} onClick={leave} loading={signOut.isPending}>
            Đăng xuất
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={256} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label="Các mục chính">
            <Menu
              mode="inline"
              selectedKeys={current ? [current.parent ?? current.key] : []}
              items={menuItems}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
