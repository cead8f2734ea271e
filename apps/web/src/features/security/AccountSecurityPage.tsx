import { Col, Row } from 'antd';
import { PageHeader } from '../../app/components/PageHeader.tsx';
import { PasswordCard } from './PasswordCard.tsx';
import { SessionsCard } from './SessionsCard.tsx';
import { TotpCard } from './TotpCard.tsx';

export const AccountSecurityPage = () => (
  <>
    <PageHeader title="账号安全" description="查看和注销您的登录会话，绑定动态口令，修改密码。" />
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <SessionsCard />
      </Col>
      <Col xs={24} lg={12}>
        <TotpCard />
      </Col>
      <Col xs={24} lg={12}>
        <PasswordCard />
      </Col>
    </Row>
  </>
);
