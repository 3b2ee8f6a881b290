import { lazy, Suspense } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Route, Switch, useLocation } from 'wouter';
import { HomePage } from './features/home/HomePage.tsx';
import { NotFoundPage } from './features/home/NotFoundPage.tsx';
import { JoinPage } from './features/join/JoinPage.tsx';
import { ParticipantPage } from './features/participant/ParticipantPage.tsx';
import { useT } from './i18n/useT.ts';

// Phones load only what a participant needs; the facilitator's, projector's and summary pages
// come in their own chunks.
const FacilitatorPage = lazy(() => import('./features/facilitator/FacilitatorPage.tsx').then((m) => ({ default: m.FacilitatorPage })));
const BoardPage = lazy(() => import('./features/board/BoardPage.tsx').then((m) => ({ default: m.BoardPage })));
const SummaryPage = lazy(() => import('./features/summary/SummaryPage.tsx').then((m) => ({ default: m.SummaryPage })));
const AccessibilityPage = lazy(() => import('./features/accessibility/AccessibilityPage.tsx').then((m) => ({ default: m.AccessibilityPage })));
const MethodPage = lazy(() => import('./features/method/MethodPage.tsx').then((m) => ({ default: m.MethodPage })));
// Projects: an organisation's list, a new project, one project with its workshops.
const OrganisationHomePage = lazy(() => import('./features/projects/OrganisationHomePage.tsx').then((m) => ({ default: m.OrganisationHomePage })));
const NewProjectPage = lazy(() => import('./features/projects/NewProjectPage.tsx').then((m) => ({ default: m.NewProjectPage })));
const ProjectPage = lazy(() => import('./features/projects/ProjectPage.tsx').then((m) => ({ default: m.ProjectPage })));
// Accounts and organisations: only people who sign in load these.
const SignInPage = lazy(() => import('./features/account/SignInPage.tsx').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./features/account/SignUpPage.tsx').then((m) => ({ default: m.SignUpPage })));
const CheckEmailPage = lazy(() => import('./features/account/CheckEmailPage.tsx').then((m) => ({ default: m.CheckEmailPage })));
const DevOutboxPage = lazy(() => import('./features/account/DevOutboxPage.tsx').then((m) => ({ default: m.DevOutboxPage })));
const SsoSignInPage = lazy(() => import('./features/account/SsoSignInPage.tsx').then((m) => ({ default: m.SsoSignInPage })));
const InvitationPage = lazy(() => import('./features/organisation/InvitationPage.tsx').then((m) => ({ default: m.InvitationPage })));
const ActionPlanPage = lazy(() => import('./features/actions/ActionPlanPage.tsx').then((m) => ({ default: m.ActionPlanPage })));
const OverviewPage = lazy(() => import('./features/overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
const MembersPage = lazy(() => import('./features/organisation/MembersPage.tsx').then((m) => ({ default: m.MembersPage })));
const SettingsPage = lazy(() => import('./features/organisation/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })));

function Loading() {
  const { t } = useT();
  return (
    <p className="page-loading" role="status">
      {t('connection.loading')}
    </p>
  );
}

/** The routes of the browser app. */
export function App() {
  const [, navigate] = useLocation();
  return (
    // React Aria's links navigate through the same router as everything else.
    <RouterProvider navigate={(to) => navigate(to)}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/j/:code">{(params) => <JoinPage code={params.code} />}</Route>
          <Route path="/w/:id">{(params) => <ParticipantPage workshopId={params.id} />}</Route>
          <Route path="/w/:id/board">{(params) => <BoardPage workshopId={params.id} />}</Route>
          <Route path="/w/:id/facilitate">{(params) => <FacilitatorPage workshopId={params.id} />}</Route>
          <Route path="/w/:id/summary">{(params) => <SummaryPage workshopId={params.id} />}</Route>
          <Route path="/tilgaengelighed" component={AccessibilityPage} />
          <Route path="/method" component={MethodPage} />
          <Route path="/org/:organisationId">{(params) => <OrganisationHomePage organisationId={params.organisationId} />}</Route>
          <Route path="/org/:organisationId/projects/new">{(params) => <NewProjectPage organisationId={params.organisationId} />}</Route>
          <Route path="/org/:organisationId/projects/:projectId">
            {(params) => <ProjectPage organisationId={params.organisationId} projectId={params.projectId} />}
          </Route>
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/sign-up" component={SignUpPage} />
          <Route path="/check-email" component={CheckEmailPage} />
          <Route path="/sso/:slug">{(params) => <SsoSignInPage slug={params.slug} />}</Route>
          <Route path="/invitation/:id">{(params) => <InvitationPage invitationId={params.id} />}</Route>
          <Route path="/org/:organisationId/overview">{(params) => <OverviewPage organisationId={params.organisationId} />}</Route>
          <Route path="/org/:organisationId/actions">{(params) => <ActionPlanPage organisationId={params.organisationId} />}</Route>
          <Route path="/org/:id/members">{(params) => <MembersPage organisationId={params.id} />}</Route>
          <Route path="/org/:id/settings">{(params) => <SettingsPage organisationId={params.id} />}</Route>
          <Route path="/dev/outbox" component={DevOutboxPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </RouterProvider>
  );
}
