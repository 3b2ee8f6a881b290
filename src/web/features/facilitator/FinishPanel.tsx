import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { WorkshopView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Finish the workshop (and reopen it if that was too soon); then the summary. */
export function FinishPanel({ workshop, client }: { workshop: WorkshopView; client: WorkshopClient }) {
  const { t } = useT();
  const finished = workshop.status === 'finished';
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryLink = useRef<HTMLAnchorElement>(null);
  // What this facilitator just asked for. The button pressed is replaced once the server has
  // done it, so focus then moves to what replaced it (the summary link) or to the heading.
  const asked = useRef<'finish' | 'reopen' | null>(null);
  useEffect(() => {
    if (finished && asked.current === 'finish') summaryLink.current?.focus();
    if (!finished && asked.current === 'reopen') heading.current?.focus();
    asked.current = null;
  }, [finished]);
  return (
    <section className="panel" aria-labelledby="finish-heading">
      <h2 id="finish-heading" className="panel-title" ref={heading} tabIndex={-1}>
        {t('facilitator.finishTitle')}
      </h2>
      {finished ? (
        <>
          <p>{t('facilitator.finishedBody')}</p>
          <Link href={`/w/${workshop.id}/summary`} className="button button-primary" data-testid="summary-link" ref={summaryLink}>
            {t('facilitator.summaryLink')}
          </Link>
          <Button
            className="button"
            onPress={() => {
              asked.current = 'reopen';
              client.send({ type: 'workshop.reopen' });
            }}
          >
            {t('facilitator.reopen')}
          </Button>
        </>
      ) : (
        <ConfirmDialog
          trigger={<Button className="button" data-testid="finish-workshop">{t('facilitator.finish')}</Button>}
          title={t('facilitator.finishConfirmTitle')}
          body={<p>{t('facilitator.finishConfirmBody')}</p>}
          confirmLabel={t('facilitator.finish')}
          onConfirm={() => {
            asked.current = 'finish';
            client.send({ type: 'workshop.finish' });
          }}
        />
      )}
    </section>
  );
}
