import { Alert, Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { RoleTags } from '../../app/components/RoleTags.tsx';
import { useDocumentTitle } from '../../app/components/PageHeader.tsx';
import { useCurrentUser } from '../../app/current-user.tsx';
import { formatMinute } from '../../app/format.ts';
import { navigationFor } from '../../app/navigation.ts';
import { TodayCard } from './TodayCard.tsx';
import { can } from '../../app/permissions.ts';
import { DeadlineSummaryCard } from '../deadlines/DeadlineSummaryCard.tsx';

const greeting = (hour: number) => (hour < 6 ? '您好' : hour < 12 ? '上午好' : hour < 14 ? '中午好' : hour < 19 ? '下午好' : '晚上好');

export const HomePage = () => {
  useDocumentTitle('工作台');
  const { account, session } = useCurrentUser();
  const links = navigationFor(account.roles).filter((item) => item.path !== '/');

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card style={{ height: '100%' }}>
            <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="welcome">
              {greeting(new Date().getHours())}，{account.displayName}
            </Typography.Title>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                { key: 'agency', label: '所属机关', children: account.agency.name },
                { key: 'unit', label: '内设机构', children: account.unit?.name ?? '—' },
                { key: 'username', label: '用户名', children: account.username },
                { key: 'roles', label: '角色', children: <RoleTags roles={account.roles} /> },
                {
                  key: 'session',
                  label: '本次登录',
                  span: 'filled',
                  children: `最迟 ${formatMinute(session.expiresAt)} 到期；空闲 ${session.idleTimeoutMinutes} 分钟未操作将自动退出`,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <TodayCard />
        </Col>
      </Row>
      {can(account.roles, 'deadline.mine') && <DeadlineSummaryCard />}

      {!account.totpEnabled && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title="您尚未绑定动态口令"
          description="绑定后登录需同时输入密码和手机验证器上的动态口令，可防止密码泄露导致账户被盗用。"
          action={<Link to="/security">去绑定</Link>}
        />
      )}
      {account.roles.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title="您的账户尚未授予角色"
          description="请联系安全管理员按您的岗位授予角色。"
        />
      )}

      <Typography.Title level={5} style={{ margin: '24px 0 12px' }}>
        我的功能
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links.map((item) => (
          <Col key={item.path} xs={24} sm={12} lg={8} xxl={6}>
            <Link to={item.path} aria-label={item.label}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Card.Meta
                  avatar={
                    <span style={{ fontSize: 22, color: '#1f5fbf' }}>
                      <item.icon />
                    </span>
                  }
                  title={item.label}
                  description={item.description}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
};
