import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { messageOf } from './api/client.ts';
import { FullPageSpin } from './components/FullPageSpin.tsx';
import { CurrentUserProvider } from './current-user.tsx';
import type { LoginRouteState } from './session.ts';
import { useMe } from './session.ts';

/** Renders its children only for a complete session (second factor done, no password change pending). */
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const me = useMe();
  const location = useLocation();
  const user = me.data;
  if (user && user.session.stage === 'full' && !user.passwordChangeRequired) {
    return <CurrentUserProvider user={user}>{children}</CurrentUserProvider>;
  }
  if (user !== undefined) {
    const state: LoginRouteState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (me.isError) {
    return (
      <Result
        status="error"
        title="无法连接服务器"
        subTitle={messageOf(me.error)}
        extra={
          <Button type="primary" onClick={() => void me.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  return <FullPageSpin />;
};
