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
  return (
    <section className="panel" aria-labelledby="finish-heading">
      <h2 id="finish-heading" className="panel-title">
        {t('facilitator.finishTitle')}
      </h2>
      {finished ? (
        <>
          <p>{t('facilitator.finishedBody')}</p>
          <Link href={`/w/${workshop.id}/summary`} className="button button-primary" data-testid="summary-link">
            {t('facilitator.summaryLink')}
          </Link>
          <Button className="button" onPress={() => client.send({ type: 'workshop.reopen' })}>
            {t('facilitator.reopen')}
          </Button>
        </>
      ) : (
        <ConfirmDialog
          trigger={<Button className="button" data-testid="finish-workshop">{t('facilitator.finish')}</Button>}
          title={t('facilitator.finishConfirmTitle')}
          body={<p>{t('facilitator.finishConfirmBody')}</p>}
          confirmLabel={t('facilitator.finish')}
          onConfirm={() => client.send({ type: 'workshop.finish' })}
        />
      )}
    </section>
  );
}
