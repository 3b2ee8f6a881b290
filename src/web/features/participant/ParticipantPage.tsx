import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import { kompasApi } from '../../api/kompasApi.ts';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { currentStep, templateOf } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { forgetParticipant, loadParticipant, viewerKeyOf, type ParticipantCredentials } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { useClientState, useWorkshopClient } from '../../realtime/useWorkshopClient.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { ConnectionGate } from '../../ui/ConnectionGate.tsx';
import { Notices } from '../../ui/Notices.tsx';
import { StatusBar } from '../../ui/StatusBar.tsx';
import { StepHeading } from '../../ui/StepHeading.tsx';
import { Timer } from '../../ui/Timer.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { ComparisonStep } from '../workshopSteps/ComparisonStep.tsx';
import { InfoStep } from '../workshopSteps/InfoStep.tsx';
import { LiveRegister } from '../workshopSteps/LiveRegister.tsx';
import { ReviewList, reviewItemsInOrder } from '../workshopSteps/ReviewList.tsx';
import { ActionsStep } from './ActionsStep.tsx';
import { whyGuestRefused, type GuestRefusal } from './guestEnded.ts';
import { NotesStep } from './NotesStep.tsx';
import { useNoteDraft, type NoteDraft } from './noteDraft.ts';
import { SelectStep } from './SelectStep.tsx';
import { FinishedCallout, WorkshopEndedPage } from './WorkshopEnded.tsx';

/** /w/:id — a participant's phone. Without a token from joining, it says how to join. */
export function ParticipantPage({ workshopId }: { workshopId: string }) {
  const credentials = loadParticipant(browserStore(), workshopId);
  if (!credentials) return <NotJoined />;
  return <ParticipantLive workshopId={workshopId} credentials={credentials} />;
}

function NotJoined() {
  const { t } = useT();
  usePageTitle(t('participant.notJoinedTitle'));
  return (
    <AppShell>
      <div className="narrow">
        <h1>{t('participant.notJoinedTitle')}</h1>
        <p>{t('participant.notJoinedBody')}</p>
        <Link href="/" className="button button-primary">
          {t('common.toFrontPage')}
        </Link>
      </div>
    </AppShell>
  );
}

function ParticipantLive({ workshopId, credentials }: { workshopId: string; credentials: ParticipantCredentials }) {
  const { t } = useT();
  const auth = { role: 'participant', token: credentials.participantToken } as const;
  const viewerKey = viewerKeyOf(auth, credentials.participantId);
  const client = useWorkshopClient(workshopId, auth, viewerKey);
  const [draft, setDraft] = useNoteDraft(workshopId, viewerKey);
  const [formOpen, setFormOpen] = useState(false);
  const state = useClientState(client);
  const workshop = state.board.workshop;
  useWorkshopLocaleDefault(workshop?.locale);
  const template = templateOf(workshop);
  const step = currentStep(workshop);
  usePageTitle(workshop ? workshop.title : state.status === 'failed' ? t('connection.failedTitle') : t('connection.loadingTitle'));

  const takesNotes = step?.categorySet != null;
  useEffect(() => {
    // The form belongs to a notes step; the draft itself is kept for the next one.
    if (!takesNotes) setFormOpen(false);
  }, [takesNotes]);

  const refusal = useGuestRefusal(state, workshopId);
  if (refusal === 'ended' && workshop) {
    return (
      <AppShell context={workshop.title}>
        <WorkshopEndedPage workshopId={workshopId} title={workshop.title} />
      </AppShell>
    );
  }
  if (refusal === 'checking') {
    return (
      <AppShell context={workshop?.title}>
        <div className="narrow">
          <h1>{t('connection.loadingTitle')}</h1>
          <p role="status">{t('connection.loading')}</p>
        </div>
      </AppShell>
    );
  }

  return (
    <AppShell context={workshop?.title}>
      <StatusBar state={state} />
      <Notices notices={state.notices} onDismiss={(id) => client.dismissNotice(id)} />
      <ConnectionGate state={state} rejoinCode={workshop?.joinCode ?? null}>
        {workshop && template && step ? (
          <div className="participant">
            {workshop.status === 'finished' ? <FinishedCallout workshopId={workshopId} /> : null}
            <div className="participant-step-head">
              <StepHeading step={step} index={workshop.stepIndex} total={template.steps.length} />
              <Timer timer={workshop.timer} clockOffset={state.clockOffset} />
            </div>
            <ParticipantStep
              template={template}
              step={step}
              state={state}
              client={client}
              participantToken={credentials.participantToken}
              note={{ draft, onDraft: setDraft, formOpen, onFormOpen: setFormOpen }}
            />
          </div>
        ) : null}
      </ConnectionGate>
    </AppShell>
  );
}

interface ParticipantStepProps {
  readonly template: TemplateDefinition;
  readonly step: StepDefinition;
  readonly state: ClientState;
  readonly client: WorkshopClient;
  readonly participantToken: string;
  /** The note being written and whether its form is open; they live with the page across steps. */
  readonly note: { draft: NoteDraft; onDraft: (draft: NoteDraft) => void; formOpen: boolean; onFormOpen: (open: boolean) => void };
}

/** The step on screen, by its kind. */
function ParticipantStep({ template, step, state, client, participantToken, note }: ParticipantStepProps) {
  const workshop = state.board.workshop;
  if (!workshop) return null;
  switch (step.kind) {
    case 'info':
      return <InfoStep content={step.info} options={workshop.options} />;
    case 'notes':
    case 'brainstorm':
      return <NotesStep step={step} state={state} client={client} draft={note.draft} onDraft={note.onDraft} formOpen={note.formOpen} onFormOpen={note.onFormOpen} />;
    case 'select':
      return <SelectStep template={template} step={step} state={state} client={client} />;
    case 'register':
      return step.register ? <LiveRegister key={step.id} register={step.register} state={state} client={client} layout="cards" /> : null;
    case 'comparison':
      return <ComparisonStep workshopId={workshop.id} participantToken={participantToken} canRefresh />;
    case 'actions':
      return <ActionsStep state={state} client={client} />;
    case 'review':
      return <ReviewList items={reviewItemsInOrder(state.board.review.values())} variant="phone" headingLevel={2} />;
    default: {
      const unreachable: never = step.kind;
      throw new Error(`unknown step kind ${String(unreachable)}`);
    }
  }
}

/**
 * When the server refuses this device's token: 'checking' while finding out why, then whether the
 * workshop has ended (a guest's access ends with it) or the token is no good. A token that is no
 * good is forgotten, so the join page starts afresh; after the end it is kept, as it works again
 * should the facilitator reopen the workshop. Null while not refused.
 */
function useGuestRefusal(state: ClientState, workshopId: string): GuestRefusal | 'checking' | null {
  const refused = state.status === 'failed' && state.failure === 'unauthorized';
  const seen = state.board.workshop;
  const seenStatus = seen?.status ?? null;
  const seenCode = seen?.joinCode ?? null;
  const [refusal, setRefusal] = useState<GuestRefusal | null>(null);

  useEffect(() => {
    if (!refused) return;
    let current = true;
    const known = seenStatus !== null && seenCode !== null ? { status: seenStatus, joinCode: seenCode } : null;
    void whyGuestRefused(known, kompasApi.lookUpJoinCode).then((why) => {
      if (!current) return;
      if (why === 'not-ended') forgetParticipant(browserStore(), workshopId);
      setRefusal(why);
    });
    return () => {
      current = false;
    };
  }, [refused, seenStatus, seenCode, workshopId]);

  return refused ? (refusal ?? 'checking') : null;
}
