import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { kompasApi } from '../../api/kompasApi.ts';
import { useWorkshopLocaleDefault } from '../../i18n/localeStore.ts';
import { useT } from '../../i18n/useT.ts';
import { loadFacilitatorKey, loadParticipant } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { ActionTable } from '../../ui/ActionTable.tsx';
import { AppShell } from '../../ui/AppShell.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { SummaryStep } from './SummaryStep.tsx';

type Load = { state: 'loading' } | { state: 'done'; summary: SummaryResponse } | { state: 'failed'; error: ApiError | 'no_access' };

/** /w/:id/summary — what the workshop produced, per trait, the brainstorm and the actions; printable. */
export function SummaryPage({ workshopId }: { workshopId: string }) {
  const { t, l, error } = useT();
  const [token] = useState(() => {
    const store = browserStore();
    return loadFacilitatorKey(store, workshopId) ?? loadParticipant(store, workshopId)?.participantToken ?? null;
  });
  const [load, setLoad] = useState<Load>(token ? { state: 'loading' } : { state: 'failed', error: 'no_access' });

  useEffect(() => {
    if (!token) return;
    let current = true;
    void kompasApi.summary(workshopId, token).then((result) => {
      if (current) setLoad(result.ok ? { state: 'done', summary: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [workshopId, token]);

  const summary = load.state === 'done' ? load.summary : null;
  useWorkshopLocaleDefault(summary?.workshop.locale);
  usePageTitle(summary ? t('summary.heading', { title: summary.workshop.title }) : t('summary.title'));
  const template = summary ? findTemplate(summary.workshop.templateId) : undefined;
  const notesById = new Map(summary?.steps.flatMap((s) => s.categories.flatMap((c) => c.notes.map((n) => [n.id, n] as const))) ?? []);

  return (
    <AppShell context={summary?.workshop.title}>
      {load.state === 'loading' ? <p role="status">{t('summary.loading')}</p> : null}
      {load.state === 'failed' ? (
        <div className="narrow">
          <h1>{t('summary.title')}</h1>
          <p role="alert">{load.error === 'no_access' ? t('summary.noAccess') : error(load.error)}</p>
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
            </div>
          </header>
          {template
            ? summary.steps.map((stepSummary) => {
                const step = template.steps.find((s) => s.id === stepSummary.stepId);
                return step && step.categorySet ? <SummaryStep key={step.id} step={step} summary={stepSummary} /> : null;
              })
            : null}
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
