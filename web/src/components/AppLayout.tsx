// The admin-style frame: a side menu built from the routes the role may open, a header with the account.
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS, signOut } from '../api/auth.ts';
import { routesFor } from '../app/routes.tsx';
import { useSession } from '../app/session-context.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { PageLoading } from './PageLoading.tsx';

export function AppLayout({ children }: { children: ReactNode }) {
  const { session, setSession } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!session) return null;
  const items = routesFor(session.account.role)
    .filter((r) => !r.hidden && (!r.menuFor || r.menuFor.includes(session.account.role)))
    .map((r) => ({ key: r.path, label: <Link to={r.path}>{r.label}</Link> }));
  const logout = async () => {
    await signOut().catch(() => undefined);
    setSession(null);
    void navigate('/login');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="md"
        collapsedWidth={0}
        theme="light"
        // On a phone the menu button sits in the header row, clear of the page's title.
        zeroWidthTriggerStyle={{ top: 12 }}
      >
        <div style={{ padding: 16, fontWeight: 600, fontSize: 16 }}>督办 · 重点工作</div>
        <Menu mode="inline" selectedKeys={[location.pathname]} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 8,
            paddingInline: 16,
          }}
        >
          {session.account.role !== 'admin' && <NotificationBell />}
          <Dropdown
            menu={{
              items: [
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void logout() },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />}>
              <Space>
                {session.account.displayName}
                <Typography.Text type="secondary">{ROLE_LABELS[session.account.role]}</Typography.Text>
              </Space>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>{children}</Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
