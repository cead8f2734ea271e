import { LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Flex, Grid, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, messageOf, setCsrfToken } from '../api/client.ts';
import type { Ok } from '../api/types.ts';
import { RoleTags } from '../components/RoleTags.tsx';
import { useCurrentUser } from '../current-user.tsx';
import { forgetSession, type LoginRouteState } from '../session.ts';

export const UserMenu = () => {
  const user = useCurrentUser();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const logout = useMutation({
    mutationFn: () => api.post<Ok>('/auth/logout'),
    onSuccess: async () => {
      setCsrfToken(null);
      const state: LoginRouteState = { reason: 'logout' };
      // flushSync: the layout must be gone before the session data is, or it would redirect on its own.
      await navigate('/login', { replace: true, state, flushSync: true });
      forgetSession(queryClient);
    },
    onError: (error) => message.error(messageOf(error)),
  });

  return (
    <Flex align="center" gap={12}>
      {screens.xl && <RoleTags roles={user.account.roles} />}
      <Flex align="center" gap={8} data-testid="current-user">
        <Avatar style={{ background: '#0b3a75', flex: 'none' }}>{user.account.displayName.slice(0, 1)}</Avatar>
        {screens.sm && (
          <div style={{ lineHeight: 1.3 }}>
            <Typography.Text strong>{user.account.displayName}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {user.account.username}
            </Typography.Text>
          </div>
        )}
      </Flex>
      <Button icon={<LogoutOutlined />} loading={logout.isPending} onClick={() => logout.mutate()} data-testid="logout" aria-label="退出登录">
        {screens.md ? '退出登录' : undefined}
      </Button>
    </Flex>
  );
};
