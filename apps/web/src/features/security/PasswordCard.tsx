import { useQueryClient } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { useCurrentUser } from '../../app/current-user.tsx';
import { sessionsKey } from './api.ts';
import { ChangePasswordForm } from '../auth/ChangePasswordForm.tsx';

export const PasswordCard = () => {
  const { account } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const changed = async () => {
    message.success('密码已修改；您在其他设备上的登录已全部注销');
    await queryClient.invalidateQueries({ queryKey: sessionsKey });
  };
  return (
    <Card title="修改密码" style={{ height: '100%' }}>
      <ChangePasswordForm username={account.username} onChanged={changed} />
    </Card>
  );
};
