import { type ReactNode, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { onSessionEnded } from './api/client.ts';
import { FullPageSpin } from './components/FullPageSpin.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { lazyPage } from './lazy-page.ts';
import { NotFound } from './NotFound.tsx';
import type { Capability } from './permissions.ts';
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
const CasesPage = lazyPage(() => import('../features/cases/CasesPage.tsx'), 'CasesPage');
const CasePage = lazyPage(() => import('../features/cases/CasePage.tsx'), 'CasePage');
const RegisterCluePage = lazyPage(() => import('../features/cases/RegisterCluePage.tsx'), 'RegisterCluePage');
const OnTheSpotPage = lazyPage(() => import('../features/cases/OnTheSpotPage.tsx'), 'OnTheSpotPage');
const AgenciesPage = lazyPage(() => import('../features/registry/AgenciesPage.tsx'), 'AgenciesPage');
const OfficersPage = lazyPage(() => import('../features/registry/OfficersPage.tsx'), 'OfficersPage');
const OfficerPage = lazyPage(() => import('../features/registry/OfficerPage.tsx'), 'OfficerPage');
const ItemsPage = lazyPage(() => import('../features/items/ItemsPage.tsx'), 'ItemsPage');
const ItemEditPage = lazyPage(() => import('../features/items/ItemEditPage.tsx'), 'ItemEditPage');
const InspectionItemsPage = lazyPage(() => import('../features/items/InspectionItemsPage.tsx'), 'InspectionItemsPage');
const FlagsPage = lazyPage(() => import('../features/items/FlagsPage.tsx'), 'FlagsPage');
const ReviewQueuePage = lazyPage(() => import('../features/review/ReviewQueuePage.tsx'), 'ReviewQueuePage');
const ReviewPage = lazyPage(() => import('../features/review/ReviewPage.tsx'), 'ReviewPage');
const CataloguePage = lazyPage(() => import('../features/review/CataloguePage.tsx'), 'CataloguePage');
const ReviewStatisticsPage = lazyPage(() => import('../features/review/ReviewStatisticsPage.tsx'), 'ReviewStatisticsPage');
const ImportsPage = lazyPage(() => import('../features/imports/ImportsPage.tsx'), 'ImportsPage');
const MyDeadlinesPage = lazyPage(() => import('../features/deadlines/MyDeadlinesPage.tsx'), 'MyDeadlinesPage');
const AgencyDeadlinesPage = lazyPage(() => import('../features/deadlines/AgencyDeadlinesPage.tsx'), 'AgencyDeadlinesPage');
const SupervisionDeadlinesPage = lazyPage(() => import('../features/deadlines/SupervisionDeadlinesPage.tsx'), 'SupervisionDeadlinesPage');
const RetrievalPage = lazyPage(() => import('../features/evidence/RetrievalPage.tsx'), 'RetrievalPage');
const EvidenceSupervisionPage = lazyPage(() => import('../features/evidence/EvidenceSupervisionPage.tsx'), 'EvidenceSupervisionPage');
const DisclosurePage = lazyPage(() => import('../features/disclosure/DisclosurePage.tsx'), 'DisclosurePage');
const SupervisionPage = lazyPage(() => import('../features/disclosure/SupervisionPage.tsx'), 'SupervisionPage');
const StatisticsAdminPage = lazyPage(() => import('../features/disclosure/StatisticsAdminPage.tsx'), 'StatisticsAdminPage');

/** A route guarded by its menu entry `path`; a page below the entry (`/cases/new`) gives its own `route`. */
const guarded = (path: string, page: ReactNode, { route = path, capability }: { route?: string; capability?: Capability } = {}) => ({
  path: route.slice(1),
  element: (
    <RequireNav path={path} capability={capability}>
      {page}
    </RequireNav>
  ),
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
        guarded('/cases', <CasesPage />),
        guarded('/cases', <RegisterCluePage />, { route: '/cases/new', capability: 'case.create' }),
        guarded('/cases/on-the-spot', <OnTheSpotPage />),
        guarded('/cases', <CasePage />, { route: '/cases/:id' }),
        guarded('/deadlines/mine', <MyDeadlinesPage />),
        guarded('/deadlines/agency', <AgencyDeadlinesPage />),
        guarded('/deadlines/supervision', <SupervisionDeadlinesPage />),
        guarded('/evidence-retrieval', <RetrievalPage />),
        guarded('/evidence-supervision', <EvidenceSupervisionPage />),
        guarded('/agencies', <AgenciesPage />),
        guarded('/officers', <OfficersPage />),
        guarded('/officers', <OfficerPage />, { route: '/officers/:id' }),
        guarded('/items', <ItemsPage />),
        guarded('/items', <ItemEditPage key="new" />, { route: '/items/new', capability: 'item.manage' }),
        guarded('/items', <ItemEditPage key="edit" />, { route: '/items/:id/edit', capability: 'item.manage' }),
        guarded('/inspection-items', <InspectionItemsPage />),
        guarded('/review-flags', <FlagsPage />),
        guarded('/imports', <ImportsPage />),
        guarded('/reviews', <ReviewQueuePage />),
        guarded('/reviews', <ReviewPage />, { route: '/reviews/:id' }),
        guarded('/review-catalogue', <CataloguePage />),
        guarded('/review-statistics', <ReviewStatisticsPage />),
        guarded('/disclosure', <DisclosurePage />),
        guarded('/disclosure-supervision', <SupervisionPage />),
        guarded('/disclosure-statistics', <StatisticsAdminPage />),
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
