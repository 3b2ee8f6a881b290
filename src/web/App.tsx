import { RouterProvider } from 'react-aria-components';
import { Route, Switch, useLocation } from 'wouter';
import { AccessibilityPage } from './features/accessibility/AccessibilityPage.tsx';
import { BoardPage } from './features/board/BoardPage.tsx';
import { FacilitatorPage } from './features/facilitator/FacilitatorPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { JoinPage } from './features/join/JoinPage.tsx';
import { ParticipantPage } from './features/participant/ParticipantPage.tsx';
import { SummaryPage } from './features/summary/SummaryPage.tsx';
import { NotFoundPage } from './features/home/NotFoundPage.tsx';

/** The routes of the browser app. */
export function App() {
  const [, navigate] = useLocation();
  return (
    // React Aria's links navigate through the same router as everything else.
    <RouterProvider navigate={(to) => navigate(to)}>
      <Switch>
        <Route path="/" component={HomePage} />
        <Route path="/j/:code">{(params) => <JoinPage code={params.code} />}</Route>
        <Route path="/w/:id">{(params) => <ParticipantPage workshopId={params.id} />}</Route>
        <Route path="/w/:id/board">{(params) => <BoardPage workshopId={params.id} />}</Route>
        <Route path="/w/:id/facilitate">{(params) => <FacilitatorPage workshopId={params.id} />}</Route>
        <Route path="/w/:id/summary">{(params) => <SummaryPage workshopId={params.id} />}</Route>
        <Route path="/tilgaengelighed" component={AccessibilityPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </RouterProvider>
  );
}
