import { BankOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { useCurrentUser } from '../current-user.tsx';
import { navigationFor, navItemOf } from '../navigation.ts';
import { useSystemInfo } from '../session.ts';
import { Brand } from './Brand.tsx';
import { IdleWatcher } from './IdleWatcher.tsx';
import { UserMenu } from './UserMenu.tsx';
import { NotificationBell } from '../../features/notifications/NotificationBell.tsx';

const { Header, Sider, Content, Footer } = Layout;

export const AppLayout = () => {
  const user = useCurrentUser();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(false);
  const selected = navItemOf(location.pathname)?.path;
  const items = navigationFor(user.account.roles).map((item) => ({
    key: item.path,
    icon: <item.icon />,
    label: <Link to={item.path}>{item.label}</Link>,
  }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <IdleWatcher />
      <DemoBanner />
      <Layout hasSider style={{ flex: 1 }}>
        <Sider
          width={220}
          collapsedWidth={64}
          collapsible
          collapsed={collapsed}
          trigger={null}
          breakpoint="lg"
          onBreakpoint={setCollapsed}
        >
          {/* The Sider stretches with the page (dark all the way down); its contents stay in view. */}
          <div style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto' }}>
            <Brand collapsed={collapsed} />
            <nav aria-label="主菜单">
              <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
            </nav>
          </div>
        </Sider>
        <Layout>
          <Header
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              gap: 16,
              padding: '0 16px 0 8px',
              background: '#fff',
              borderBottom: '1px solid #f0f0f0',
              position: 'sticky',
              top: 0,
              zIndex: 10,
            }}
          >
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <Button
                type="text"
                aria-label={collapsed ? '展开菜单' : '收起菜单'}
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                onClick={() => setCollapsed(!collapsed)}
              />
              <BankOutlined style={{ color: '#0b3a75', fontSize: 18 }} />
              <Typography.Text strong ellipsis data-testid="agency-name" style={{ fontSize: 15 }}>
                {user.account.agency.name}
              </Typography.Text>
              {screens.lg && user.account.unit && (
                <Typography.Text type="secondary" ellipsis>
                  {user.account.unit.name}
                </Typography.Text>
              )}
            </Flex>
            <Flex align="center" gap={8}>
              <NotificationBell />
              <UserMenu />
            </Flex>
          </Header>
          <Content style={{ padding: screens.md ? 24 : 12 }}>
            <main>
              <Suspense fallback={<FullPageSpin />}>
                <Outlet />
              </Suspense>
            </main>
          </Content>
          <AppFooter />
        </Layout>
      </Layout>
    </Layout>
  );
};

const AppFooter = () => {
  const { data } = useSystemInfo();
  return (
    <Footer style={{ textAlign: 'center', color: '#8c8c8c', fontSize: 12, padding: '12px 24px 20px' }}>
      三项 · 行政执法公示 · 执法全过程记录 · 重大执法决定法制审核{data ? ` · 版本 ${data.version}` : ''}
    </Footer>
  );
};
