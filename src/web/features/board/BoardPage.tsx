import { Link } from 'wouter';
import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import type { NoteView } from '../../../protocol/views.ts';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { currentStep, notesShownIn, templateOf } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { useSessionRefusal } from '../../realtime/useSessionRefusal.ts';
import { useClientState, useWorkshopClient } from '../../realtime/useWorkshopClient.ts';
import { ActionTable } from '../../ui/ActionTable.tsx';
import { ConnectionGate } from '../../ui/ConnectionGate.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { memberPageTitle } from '../../ui/memberPageTitle.ts';
import { StatusBar } from '../../ui/StatusBar.tsx';
import { StepHeading } from '../../ui/StepHeading.tsx';
import { Timer } from '../../ui/Timer.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { JoinPanel } from './JoinPanel.tsx';
import { ComparisonStep } from '../workshopSteps/ComparisonStep.tsx';
import { InfoStep } from '../workshopSteps/InfoStep.tsx';
import { LiveRegister } from '../workshopSteps/LiveRegister.tsx';
import { ReviewList, reviewItemsInOrder } from '../workshopSteps/ReviewList.tsx';
import { ShownNotes } from '../workshopSteps/ShownNotes.tsx';
import { useArrivalAnnouncement } from '../workshopSteps/useArrivalAnnouncement.ts';

const AUTH = { role: 'projector' } as const;

/**
 * /w/:id/board — the projector: join code and QR, the step, its timer, the notes arriving. It runs
 * on the session of a member who may facilitate (the cookie goes with the socket's upgrade), so
 * its address carries no secret and is safe to show on the big screen.
 */
export function BoardPage({ workshopId }: { workshopId: string }) {
  const { t, tn } = useT();
  const client = useWorkshopClient(workshopId, AUTH, 'projector');
  const state = useClientState(client);
  const workshop = state.board.workshop;
  useWorkshopLocaleDefault(workshop?.locale);
  const template = templateOf(workshop);
  const step = currentStep(workshop);
  const notes = step && template ? notesShownIn(state.board.notes, template, step) : [];
  const announced = useArrivalAnnouncement(notes.length, step?.id ?? null);
  const refused = useSessionRefusal(state, workshopId, 'projector');
  usePageTitle(memberPageTitle(t, state, refused, (title) => t('pageTitle.board', { title })));

  return (
    <div className="board-page">
      <StatusBar state={state} />
      <main id="main" tabIndex={-1} className="board-main">
        <ConnectionGate state={state} signInReason={t('projectWorkshop.signInFacilitator')}>
          {workshop && template && step ? (
            <>
              <header className="board-header">
                <StepHeading step={step} index={workshop.stepIndex} total={template.steps.length} />
                <div className="board-stats">
                  <Timer timer={workshop.timer} clockOffset={state.clockOffset} large />
                  <p className="participant-count">
                    <Icon name="people" size={28} /> {tn('board.participants', workshop.participantCount)}
                  </p>
                </div>
                <JoinPanel joinCode={workshop.joinCode} />
              </header>
              <div className="board-content">
                {workshop.status === 'finished' ? <p className="callout board-finished">{t('board.finished')}</p> : null}
                <BoardStep template={template} step={step} state={state} notes={notes} />
              </div>
              <p className="visually-hidden" aria-live="polite">
                {announced > 0 ? tn('board.newNotes', announced) : ''}
              </p>
            </>
          ) : null}
        </ConnectionGate>
      </main>
      <footer className="board-footer">
        <LanguageSwitch />
        <Link href="/tilgaengelighed">{t('footer.accessibility')}</Link>
      </footer>
    </div>
  );
}

/**
 * The step on the big screen, by its kind: large, readable from the back, nothing to press. The
 * notes are the step's notesShownIn, worked out once by the page.
 */
function BoardStep({ template, step, state, notes }: { template: TemplateDefinition; step: StepDefinition; state: ClientState; notes: readonly NoteView[] }) {
  const { t, tn } = useT();
  const workshop = state.board.workshop;
  if (!workshop) return null;
  switch (step.kind) {
    case 'info':
      return <InfoStep content={step.info} options={workshop.options} compact />;
    case 'notes':
    case 'brainstorm':
    case 'select': {
      const hiddenCount = workshop.hiddenCounts[step.id] ?? 0;
      const votingOpen = workshop.votingStepId === step.id;
      return (
        <>
          {hiddenCount > 0 ? (
            <p className="callout hidden-count">
              <Icon name="hidden" size={24} /> {tn('board.hiddenCount', hiddenCount)}
            </p>
          ) : null}
          {votingOpen ? <p className="callout callout-vote">{t('board.votingOpen')}</p> : null}
          {!votingOpen && step.kind === 'select' && notes.some((n) => n.votes > 0) ? (
            <p className="callout">{t('selectStep.results')}</p>
          ) : null}
          <ShownNotes template={template} step={step} state={state} notes={notes} variant="projector" showVotes={step.voting} />
        </>
      );
    }
    case 'register':
      return step.register ? <LiveRegister key={step.id} register={step.register} state={state} client={null} layout="table" projector /> : null;
    case 'comparison':
      return <ComparisonStep workshopId={workshop.id} participantToken={null} />;
    case 'actions':
      return state.board.actions.size > 0 ? (
        <ActionTable actions={[...state.board.actions.values()]} notes={state.board.notes} caption={t('actions.listTitle')} />
      ) : (
        <p className="muted board-empty">{t('actions.none')}</p>
      );
    case 'review':
      return <ReviewList items={reviewItemsInOrder(state.board.review.values())} variant="projector" headingLevel={2} />;
    default: {
      const unreachable: never = step.kind;
      throw new Error(`unknown step kind ${String(unreachable)}`);
    }
  }
}
