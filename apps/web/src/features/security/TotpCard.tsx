import { CheckCircleFilled } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/current-user.tsx';
import { meQueryKey } from '../../app/session.ts';
import { TotpEnrolPanel } from '../auth/TotpEnrolPanel.tsx';

export const TotpCard = () => {
  const { account } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [enrolling, setEnrolling] = useState(false);

  const confirmed = async () => {
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
    setEnrolling(false);
    message.success('动态口令绑定成功，下次登录时需输入动态口令');
  };

  return (
    <Card title="动态口令（第二因素）" style={{ height: '100%' }}>
      {account.totpEnabled ? (
        <Result
          icon={<CheckCircleFilled style={{ color: '#52c41a' }} />}
          title="已绑定动态口令"
          subTitle="登录时需输入手机验证器上的动态口令。手机丢失或更换时，请联系安全管理员重置后重新绑定。"
          style={{ padding: '16px 0' }}
        />
      ) : (
        <>
          <Typography.Paragraph>
            尚未绑定。绑定后，登录须同时输入密码和手机验证器上的 6 位动态口令，即使密码泄露，他人也无法登录您的账户。
          </Typography.Paragraph>
          <Button type="primary" onClick={() => setEnrolling(true)}>
            绑定动态口令
          </Button>
        </>
      )}
      <Modal title="绑定动态口令" open={enrolling} footer={null} onCancel={() => setEnrolling(false)} destroyOnHidden width={460}>
        <TotpEnrolPanel username={account.username} onConfirmed={confirmed} />
      </Modal>
    </Card>
  );
};
