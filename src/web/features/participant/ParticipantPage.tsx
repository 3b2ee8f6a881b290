import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { currentStep, templateOf } from '../../realtime/boardSelectors.ts';
import { forgetParticipant, loadParticipant, viewerKeyOf, type ParticipantCredentials } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { useClientState, useWorkshopClient } from '../../realtime/useWorkshopClient.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { ConnectionGate } from '../../ui/ConnectionGate.tsx';
import { Notices } from '../../ui/Notices.tsx';
import { RasmusCards } from '../../ui/RasmusCards.tsx';
import { StatusBar } from '../../ui/StatusBar.tsx';
import { StepHeading } from '../../ui/StepHeading.tsx';
import { Timer } from '../../ui/Timer.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { ActionsStep } from './ActionsStep.tsx';
import { NotesStep } from './NotesStep.tsx';
import { useNoteDraft } from './noteDraft.ts';

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

  useEffect(() => {
    // A token the server no longer knows is useless; forget it so the join page starts afresh.
    if (state.failure === 'unauthorized') forgetParticipant(browserStore(), workshopId);
  }, [state.failure, workshopId]);

  return (
    <AppShell context={workshop?.title}>
      <StatusBar state={state} />
      <Notices notices={state.notices} onDismiss={(id) => client.dismissNotice(id)} />
      <ConnectionGate state={state} rejoinCode={workshop?.joinCode ?? null}>
        {workshop && template && step ? (
          <div className="participant">
            {workshop.status === 'finished' ? (
              <div className="callout">
                <p>{t('participant.finished')}</p>
                <Link href={`/w/${workshopId}/summary`} className="button button-primary">
                  {t('participant.seeSummary')}
                </Link>
              </div>
            ) : null}
            <div className="participant-step-head">
              <StepHeading step={step} index={workshop.stepIndex} total={template.steps.length} />
              <Timer timer={workshop.timer} clockOffset={state.clockOffset} />
            </div>
            {step.kind === 'info' ? <RasmusCards /> : null}
            {step.kind === 'notes' || step.kind === 'brainstorm' ? (
              <NotesStep step={step} state={state} client={client} draft={draft} onDraft={setDraft} formOpen={formOpen} onFormOpen={setFormOpen} />
            ) : null}
            {step.kind === 'actions' ? <ActionsStep state={state} client={client} /> : null}
          </div>
        ) : null}
      </ConnectionGate>
    </AppShell>
  );
}
