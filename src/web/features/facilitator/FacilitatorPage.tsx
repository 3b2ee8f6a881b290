import { useState } from 'react';
import { Link } from 'wouter';
import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { currentStep, templateOf } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { useSessionRefusal } from '../../realtime/useSessionRefusal.ts';
import { useClientState, useWorkshopClient } from '../../realtime/useWorkshopClient.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { ConnectionGate } from '../../ui/ConnectionGate.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { memberPageTitle } from '../../ui/memberPageTitle.ts';
import { Notices } from '../../ui/Notices.tsx';
import { StatusBar } from '../../ui/StatusBar.tsx';
import { StepHeading } from '../../ui/StepHeading.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { loadProjectOfWorkshop, projectPath } from '../projects/projectOfWorkshop.ts';
import { ComparisonStep } from '../workshopSteps/ComparisonStep.tsx';
import { InfoStep } from '../workshopSteps/InfoStep.tsx';
import { LiveRegister } from '../workshopSteps/LiveRegister.tsx';
import { ActionsEditor } from './ActionsEditor.tsx';
import { FacilitatorNotes } from './FacilitatorNotes.tsx';
import { FacilitatorSelect } from './FacilitatorSelect.tsx';
import { FinishPanel } from './FinishPanel.tsx';
import { QuickEntry } from './QuickEntry.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SharePanel } from './SharePanel.tsx';
import { StepNavigator } from './StepNavigator.tsx';
import { TimerControls } from './TimerControls.tsx';

const AUTH = { role: 'facilitator' } as const;

/**
 * /w/:id/facilitate — the facilitator's laptop: the board plus every control. The server lets in
 * a member who may facilitate, by the session cookie sent with the socket's upgrade request.
 */
export function FacilitatorPage({ workshopId }: { workshopId: string }) {
  const { t, l } = useT();
  const client = useWorkshopClient(workshopId, AUTH, 'facilitator');
  const state = useClientState(client);
  const workshop = state.board.workshop;
  useWorkshopLocaleDefault(workshop?.locale);
  const template = templateOf(workshop);
  const step = currentStep(workshop);
  // The live workshop does not say which project it belongs to; the project page told this device.
  const [project] = useState(() => loadProjectOfWorkshop(browserStore(), workshopId));
  const refused = useSessionRefusal(state, workshopId, 'facilitator');
  usePageTitle(memberPageTitle(t, state, refused, (title) => t('facilitator.pageTitle', { title })));

  return (
    <AppShell context={refused ? null : workshop?.title} wide>
      <StatusBar state={state} />
      <Notices notices={state.notices} onDismiss={(id) => client.dismissNotice(id)} />
      <ConnectionGate state={state} signInReason={t('projectWorkshop.signInFacilitator')}>
        {workshop && template && step ? (
          <div className="facilitator">
            <h1 className="visually-hidden">{t('facilitator.pageTitle', { title: workshop.title })}</h1>
            <div className="facilitator-side">
              <p className="facilitator-back">
                {project ? (
                  <Link href={projectPath(project)} className="text-link">
                    <Icon name="arrowLeft" size={18} /> {t('projectWorkshop.backToProject')}
                  </Link>
                ) : (
                  <Link href="/" className="text-link">
                    <Icon name="arrowLeft" size={18} /> {t('common.toFrontPage')}
                  </Link>
                )}
              </p>
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
              <StepTools template={template} step={step} state={state} client={client} />
              <ActionsEditor state={state} client={client} />
            </div>
          </div>
        ) : null}
      </ConnectionGate>
    </AppShell>
  );
}

interface StepToolsProps {
  readonly template: TemplateDefinition;
  readonly step: StepDefinition;
  readonly state: ClientState;
  readonly client: WorkshopClient;
}

/** What the facilitator works with in the step on screen, by its kind; actions are always at hand below. */
function StepTools({ template, step, state, client }: StepToolsProps) {
  const workshop = state.board.workshop;
  if (!workshop) return null;
  switch (step.kind) {
    case 'info':
      return <InfoStep content={step.info} options={workshop.options} headingLevel={3} />;
    case 'notes':
    case 'brainstorm':
      return (
        <>
          <QuickEntry key={`quick-${step.id}`} template={template} currentStepIndex={workshop.stepIndex} options={workshop.options} paperHeadcounts={workshop.paperHeadcounts} client={client} />
          <FacilitatorNotes key={`notes-${step.id}`} step={step} state={state} client={client} />
        </>
      );
    case 'select':
      return <FacilitatorSelect template={template} step={step} state={state} />;
    case 'register':
      return step.register ? <LiveRegister key={step.id} register={step.register} state={state} client={client} layout="table" /> : null;
    case 'comparison':
      return <ComparisonStep workshopId={workshop.id} participantToken={null} canRefresh panel />;
    case 'actions':
      return null;
    case 'review':
      return <ReviewPanel state={state} client={client} />;
    default: {
      const unreachable: never = step.kind;
      throw new Error(`unknown step kind ${String(unreachable)}`);
    }
  }
}
