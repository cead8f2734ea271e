import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Spin } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { messageOf, setCsrfToken } from '../../app/api/client.ts';
import type { Me } from '../../app/api/types.ts';
import { ErrorAlert } from '../../app/components/ErrorAlert.tsx';
import { mayVisit, navItemOf } from '../../app/navigation.ts';
import { fetchMe, type LoginRouteState, meQueryKey } from '../../app/session.ts';
import { logout } from './api.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { LoginShell } from './LoginShell.tsx';
import { PasswordStep } from './PasswordStep.tsx';
import { TotpEnrolPanel } from './TotpEnrolPanel.tsx';
import { TotpStep } from './TotpStep.tsx';

type Step = 'password' | 'totp' | 'totp-enrol' | 'change-password' | 'done';

/** Where the sign-in stands, read from the session itself, so a reload resumes at the same step. */
const stepOf = (me: Me | null): Step => {
  if (!me) return 'password';
  if (me.session.stage === 'second-factor') return me.account.totpEnabled ? 'totp' : 'totp-enrol';
  if (me.passwordChangeRequired) return 'change-password';
  return 'done';
};

/** Back to the page that asked for a login, unless this account may not use it (another user signed in). */
const destination = (from: string | undefined, me: Me) => {
  const item = from ? navItemOf(from.split('?')[0]) : undefined;
  return from && item && mayVisit(item, me.account.roles) ? from : '/';
};

export const LoginPage = () => {
  const location = useLocation();
  const state = location.state as LoginRouteState;
  // Always ask the server afresh: a cached answer may belong to a session that just ended.
  const me = useQuery({ queryKey: meQueryKey, queryFn: fetchMe, refetchOnMount: 'always', refetchOnWindowFocus: false });
  const refresh = () => me.refetch();

  if (me.isError && !me.isFetching) {
    return (
      <LoginShell title="登录">
        <ErrorAlert error={me.error} title="无法连接服务器" onRetry={() => void refresh()} />
      </LoginShell>
    );
  }
  if (!me.isFetchedAfterMount) {
    return (
      <LoginShell title="登录">
        <Flex justify="center" style={{ padding: 32 }}>
          <Spin />
        </Flex>
      </LoginShell>
    );
  }

  const user = me.data ?? null;
  const step = stepOf(user);
  switch (step) {
    case 'done':
      return <Navigate to={destination(state?.from, user!)} replace />;
    case 'password':
      return (
        <LoginShell title="登录">
          <PasswordStep reason={state?.reason} onSignedIn={refresh} />
        </LoginShell>
      );
    case 'totp':
      return (
        <LoginShell title="动态口令验证">
          <TotpStep username={user!.account.username} onVerified={refresh} />
          <SwitchAccount onDone={refresh} />
        </LoginShell>
      );
    case 'totp-enrol':
      return (
        <LoginShell title="绑定动态口令" width={460}>
          <Alert
            type="info"
            showIcon
            title="按照安全策略，本账户须使用动态口令（第二因素）登录。请先完成绑定，以后每次登录都需输入验证器上的动态口令。"
            style={{ marginBottom: 16 }}
          />
          <TotpEnrolPanel username={user!.account.username} onConfirmed={refresh} />
          <SwitchAccount onDone={refresh} />
        </LoginShell>
      );
    case 'change-password':
      return (
        <LoginShell title="修改密码" width={440}>
          <Alert
            type="warning"
            showIcon
            title="首次登录或密码已过期，须修改密码后才能继续使用。"
            style={{ marginBottom: 16 }}
          />
          <ChangePasswordForm username={user!.account.username} currentLabel="当前密码（初始密码）" onChanged={refresh} />
          <SwitchAccount onDone={refresh} />
        </LoginShell>
      );
  }
};

/** Abandons a half-finished sign-in (ends the pending session) and returns to the password step. */
const SwitchAccount = ({ onDone }: { onDone: () => Promise<unknown> }) => {
  const leave = useMutation({
    mutationFn: async () => {
      await logout();
      setCsrfToken(null);
      await onDone();
    },
  });
  return (
    <Flex vertical align="center" style={{ marginTop: 16 }}>
      <Button type="link" size="small" loading={leave.isPending} onClick={() => leave.mutate()}>
        使用其他账户登录
      </Button>
      {leave.isError && <Alert type="error" showIcon title={messageOf(leave.error)} />}
    </Flex>
  );
};
