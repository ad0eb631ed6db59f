// The admin-style frame: a side menu built from the routes the role may open, a header with the
// account. On a phone the menu is a drawer over the page, opened from the header, so opening it
// never pushes the page sideways.
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS, signOut, type Role } from '../api/auth.ts';
import { routesFor } from '../app/routes.tsx';
import { useSession } from '../app/session-context.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { PageLoading } from './PageLoading.tsx';
import { usePhone } from './use-phone.ts';
import { useScrollRegions } from './use-scroll-regions.ts';

const BRAND = '督办 · 重点工作';

function menuItems(role: Role) {
  return routesFor(role)
    .filter((r) => !r.hidden && (!r.menuFor || r.menuFor.includes(role)))
    .map((r) => ({ key: r.path, label: <Link to={r.path}>{r.label}</Link> }));
}

function SideMenu(props: { role: Role; onPick?: () => void }) {
  const location = useLocation();
  return (
    <nav aria-label="主菜单">
      <Menu
        mode="inline"
        selectedKeys={[location.pathname]}
        items={menuItems(props.role)}
        onClick={props.onPick}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { session, setSession } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const phone = usePhone();
  const [menuOpen, setMenuOpen] = useState(false);
  useScrollRegions();
  if (!session) return null;
  const { role } = session.account;
  const logout = async () => {
    await signOut().catch(() => undefined);
    setSession(null);
    void navigate('/login');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider theme="light" width={200}>
          <div style={{ padding: 16, fontWeight: 600, fontSize: 16 }}>{BRAND}</div>
          <SideMenu role={role} />
        </Layout.Sider>
      )}
      {phone && (
        <Drawer
          title="菜单"
          placement="left"
          size={260}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu role={role} onPick={() => setMenuOpen(false)} />
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            paddingInline: phone ? 8 : 16,
          }}
        >
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="打开菜单"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(true)}
            />
          )}
          {phone && <span style={{ fontWeight: 600 }}>{BRAND}</span>}
          <span style={{ flex: 1 }} />
          {role !== 'admin' && <NotificationBell />}
          <Dropdown
            menu={{
              items: [
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void logout() },
              ],
            }}
          >
            <Button
              type="text"
              icon={<UserOutlined />}
              aria-label={phone ? `${session.account.displayName}(${ROLE_LABELS[role]})` : undefined}
            >
              {!phone && (
                <Space>
                  {session.account.displayName}
                  <Typography.Text type="secondary">{ROLE_LABELS[role]}</Typography.Text>
                </Space>
              )}
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 8 : 16 }}>
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageLoading />}>{children}</Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
