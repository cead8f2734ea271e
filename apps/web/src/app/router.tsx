import { type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { onSessionEnded } from './api/client.ts';
import { FullPageSpin } from './components/FullPageSpin.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { lazyPage } from './lazy-page.ts';
import { NotFound } from './NotFound.tsx';
import { queryClient } from './query-client.ts';
import { RequireAuth } from './RequireAuth.tsx';
import { RequireNav } from './RequireNav.tsx';
import { RouteError } from './RouteError.tsx';
import { forgetSession, type LoginRouteState } from './session.ts';

const LoginPage = lazyPage(() => import('../features/auth/LoginPage.tsx'), 'LoginPage');
const HomePage = lazyPage(() => import('../features/home/HomePage.tsx'), 'HomePage');
const AccountSecurityPage = lazyPage(() => import('../features/security/AccountSecurityPage.tsx'), 'AccountSecurityPage');
const AccountsPage = lazyPage(() => import('../features/accounts/AccountsPage.tsx'), 'AccountsPage');
const PasswordPolicyPage = lazyPage(() => import('../features/policy/PasswordPolicyPage.tsx'), 'PasswordPolicyPage');
const AuditPage = lazyPage(() => import('../features/audit/AuditPage.tsx'), 'AuditPage');
const CalendarPage = lazyPage(() => import('../features/calendar/CalendarPage.tsx'), 'CalendarPage');

const guarded = (path: string, page: ReactNode) => ({
  path: path.slice(1),
  element: <RequireNav path={path}>{page}</RequireNav>,
});

export const router = createBrowserRouter(
  [
    {
      path: '/login',
      errorElement: <RouteError />,
      element: (
        <Suspense fallback={<FullPageSpin />}>
          <LoginPage />
        </Suspense>
      ),
    },
    {
      path: '/',
      errorElement: <RouteError />,
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <HomePage /> },
        guarded('/security', <AccountSecurityPage />),
        guarded('/accounts', <AccountsPage />),
        guarded('/password-policy', <PasswordPolicyPage />),
        guarded('/audit', <AuditPage />),
        guarded('/calendar', <CalendarPage />),
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/console' },
);

// Idle timeout, forced logout or a role change ended the session: back to the login page, and say why.
onSessionEnded(() => {
  const { pathname, search } = router.state.location;
  const state: LoginRouteState = { reason: 'expired', from: pathname === '/login' ? undefined : `${pathname}${search}` };
  // flushSync: the layout must be gone before the session data is, or it would redirect on its own without saying why.
  void router.navigate('/login', { replace: true, state, flushSync: true }).then(() => forgetSession(queryClient));
});
