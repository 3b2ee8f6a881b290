import { useState } from 'react';
import { Link } from 'wouter';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { currentStep, templateOf } from '../../realtime/boardSelectors.ts';
import { takeFacilitatorKeyFromLocation } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { useClientState, useWorkshopClient } from '../../realtime/useWorkshopClient.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { ConnectionGate } from '../../ui/ConnectionGate.tsx';
import { Notices } from '../../ui/Notices.tsx';
import { RasmusCards } from '../../ui/RasmusCards.tsx';
import { StatusBar } from '../../ui/StatusBar.tsx';
import { StepHeading } from '../../ui/StepHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { ActionsEditor } from './ActionsEditor.tsx';
import { FacilitatorNotes } from './FacilitatorNotes.tsx';
import { FinishPanel } from './FinishPanel.tsx';
import { QuickEntry } from './QuickEntry.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import { StepNavigator } from './StepNavigator.tsx';
import { TimerControls } from './TimerControls.tsx';

/** /w/:id/facilitate#key=… — the facilitator's laptop: the board plus every control. */
export function FacilitatorPage({ workshopId }: { workshopId: string }) {
  const [key] = useState(() => takeFacilitatorKeyFromLocation(browserStore(), workshopId));
  if (!key) return <NoKey />;
  return <FacilitatorLive workshopId={workshopId} facilitatorKey={key} />;
}

function NoKey() {
  const { t } = useT();
  usePageTitle(t('facilitator.noKeyTitle'));
  return (
    <AppShell>
      <div className="narrow">
        <h1>{t('facilitator.noKeyTitle')}</h1>
        <p>{t('facilitator.noKeyBody')}</p>
        <Link href="/" className="button button-primary">
          {t('common.toFrontPage')}
        </Link>
      </div>
    </AppShell>
  );
}

function FacilitatorLive({ workshopId, facilitatorKey }: { workshopId: string; facilitatorKey: string }) {
  const { t, l } = useT();
  const client = useWorkshopClient(workshopId, { role: 'facilitator', key: facilitatorKey }, 'facilitator');
  const state = useClientState(client);
  const workshop = state.board.workshop;
  useWorkshopLocaleDefault(workshop?.locale);
  const template = templateOf(workshop);
  const step = currentStep(workshop);
  usePageTitle(workshop ? t('facilitator.pageTitle', { title: workshop.title }) : state.status === 'failed' ? t('connection.failedTitle') : t('connection.loadingTitle'));

  return (
    <AppShell context={workshop?.title} wide>
      <StatusBar state={state} />
      <Notices notices={state.notices} onDismiss={(id) => client.dismissNotice(id)} />
      <ConnectionGate state={state}>
        {workshop && template && step ? (
          <div className="facilitator">
            <h1 className="visually-hidden">{t('facilitator.pageTitle', { title: workshop.title })}</h1>
            <div className="facilitator-side">
              <StepNavigator template={template} workshop={workshop} client={client} />
              <TimerControls key={`timer-${step.id}`} workshop={workshop} step={step} clockOffset={state.clockOffset} client={client} />
              <SettingsPanel key={workshop.settings.voteBudget} workshop={workshop} step={step} client={client} />
              <SharePanel workshop={workshop} />
              <FinishPanel workshop={workshop} client={client} />
            </div>
            <div className="facilitator-main">
              <div className="panel step-panel">
                <StepHeading step={step} index={workshop.stepIndex} total={template.steps.length} level={2} />
                <p className="facilitator-hint">
                  <strong>{t('facilitator.hint')}</strong> {l(step.facilitatorHint)}
                </p>
              </div>
              {step.categorySet ? <QuickEntry key={`quick-${step.id}`} template={template} currentStepIndex={workshop.stepIndex} client={client} /> : null}
              {step.categorySet ? <FacilitatorNotes key={`notes-${step.id}`} step={step} state={state} client={client} /> : null}
              {step.kind === 'info' ? <RasmusCards headingLevel={3} /> : null}
              <ActionsEditor state={state} client={client} />
            </div>
          </div>
        ) : null}
      </ConnectionGate>
    </AppShell>
  );
}
