import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { StepDefinition } from '../../../domain/template.ts';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import type { ApiError } from '../../api/apiRequest.ts';
import { kompasApi } from '../../api/kompasApi.ts';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { loadParticipant } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { needsSignIn } from '../../realtime/useSessionRefusal.ts';
import { ActionTable } from '../../ui/ActionTable.tsx';
import { AppShell } from '../../ui/AppShell.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { SignInNeeded } from '../../ui/SignInNeeded.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { MinutesDownloads } from './MinutesDownloads.tsx';
import { SummaryRegister } from './SummaryRegister.tsx';
import { SummaryReview } from './SummaryReview.tsx';
import { SummarySelect } from './SummarySelect.tsx';
import { SummaryStep } from './SummaryStep.tsx';

/** `token`: the participant token the summary was read with, null when read on the session. */
type Load = { state: 'loading' } | { state: 'done'; summary: SummaryResponse; token: string | null } | { state: 'failed'; error: ApiError };

/**
 * The summary as this device may read it: with the participant token when it took part from here,
 * and on the member's session otherwise, or when the token is no longer accepted. Says which, so
 * the minutes are fetched the same way.
 */
async function loadSummary(workshopId: string, participantToken: string | null) {
  if (participantToken) {
    const asParticipant = await kompasApi.summary(workshopId, participantToken);
    if (asParticipant.ok || asParticipant.error === 'network') return { result: asParticipant, token: participantToken };
  }
  return { result: await kompasApi.summary(workshopId, null), token: null };
}

/** /w/:id/summary — what the workshop produced: decisions on earlier actions, per trait, the brainstorm and the actions; printable, and as minutes in PDF or Word. */
export function SummaryPage({ workshopId }: { workshopId: string }) {
  const { t, l, error } = useT();
  const session = useSession();
  const [token] = useState(() => loadParticipant(browserStore(), workshopId)?.participantToken ?? null);
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    void loadSummary(workshopId, token).then(({ result, token: readWith }) => {
      if (current) setLoad(result.ok ? { state: 'done', summary: result.value, token: readWith } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [workshopId, token]);

  const summary = load.state === 'done' ? load.summary : null;
  const readWith = load.state === 'done' ? load.token : null;
  useWorkshopLocaleDefault(summary?.workshop.locale);
  // The server answers "not found" alike to outsiders and to nobody signed in, so a visitor who is
  // not signed in is offered to sign in: it may well be theirs to read.
  const signedOut = session.status === 'ready' && signedInUser(session) === null;
  const refused = load.state === 'failed' && (needsSignIn(load.error) || (load.error === 'workshop_not_found' && signedOut));
  const waiting = load.state === 'loading' || (load.state === 'failed' && load.error === 'workshop_not_found' && session.status === 'loading');
  usePageTitle(summary ? t('summary.heading', { title: summary.workshop.title }) : refused ? t('projectWorkshop.signInTitle') : t('summary.title'));
  const template = summary ? findTemplate(summary.workshop.templateId) : undefined;
  const notesById = new Map(summary?.steps.flatMap((s) => s.categories.flatMap((c) => c.notes.map((n) => [n.id, n] as const))) ?? []);

  return (
    <AppShell context={summary?.workshop.title}>
      {waiting ? <p role="status">{t('summary.loading')}</p> : null}
      {refused ? <SignInNeeded reason={t('projectWorkshop.signInSummary')} /> : null}
      {load.state === 'failed' && !refused && !waiting ? (
        <div className="narrow">
          <h1>{t('summary.title')}</h1>
          <p role="alert">{error(load.error)}</p>
          <Link href="/">{t('common.toFrontPage')}</Link>
        </div>
      ) : null}
      {summary ? (
        <article className="summary">
          <header className="summary-header">
            <p className="eyebrow">{template ? l(template.name) : ''}</p>
            <h1>{t('summary.heading', { title: summary.workshop.title })}</h1>
            <div className="button-row no-print">
              <Button className="button button-primary" onPress={() => window.print()}>
                <Icon name="print" size={18} /> {t('summary.print')}
              </Button>
              <MinutesDownloads workshopId={workshopId} token={readWith} />
            </div>
          </header>
          {template?.steps.map((step) => <SummaryOfStep key={step.id} step={step} summary={summary} />)}
          <section aria-labelledby="summary-actions" className="summary-section">
            <h2 id="summary-actions">{t('summary.actions')}</h2>
            {summary.actions.length === 0 ? (
              <p className="muted">{t('actions.none')}</p>
            ) : (
              <ActionTable actions={summary.actions} notes={notesById} caption={t('summary.actions')} />
            )}
          </section>
        </article>
      ) : null}
    </AppShell>
  );
}

/** What one step left for the minutes, by its kind; steps that only show something leave nothing. */
function SummaryOfStep({ step, summary }: { step: StepDefinition; summary: SummaryResponse }) {
  switch (step.kind) {
    case 'notes':
    case 'brainstorm': {
      const stepSummary = summary.steps.find((s) => s.stepId === step.id);
      return stepSummary ? <SummaryStep step={step} summary={stepSummary} options={summary.workshop.options} /> : null;
    }
    case 'select':
      return <SummarySelect step={step} summary={summary} />;
    case 'register':
      return <SummaryRegister step={step} entries={summary.entries} />;
    case 'review':
      return <SummaryReview step={step} review={summary.review} />;
    case 'info':
    case 'comparison':
    case 'actions':
      return null;
    default: {
      const unreachable: never = step.kind;
      throw new Error(`unknown step kind ${String(unreachable)}`);
    }
  }
}
