import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import type { OutboxResponse } from '../../../protocol/accounts.ts';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { linkify } from './linkify.ts';

type Mail = OutboxResponse['mails'][number];
type Load = { state: 'loading' } | { state: 'ready'; mails: readonly Mail[] } | { state: 'unavailable' } | { state: 'failed'; error: ApiError };

/** /dev/outbox — development only: the mails Kompas would have sent, newest first, with their links clickable. */
export function DevOutboxPage() {
  const { t, locale } = useT();
  usePageTitle(t('outbox.title'));
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const fetchMails = useCallback(async () => {
    const result = await accountsApi.devOutbox();
    if (result.ok) {
      const mails = [...result.value.mails].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      setLoad({ state: 'ready', mails });
    } else if (result.error === 'not_found') {
      setLoad({ state: 'unavailable' });
    } else {
      setLoad({ state: 'failed', error: result.error });
    }
  }, []);

  useEffect(() => {
    void fetchMails();
  }, [fetchMails]);

  const time = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium' });

  return (
    <AppShell>
      <p className="eyebrow">{t('outbox.devOnly')}</p>
      <h1>{t('outbox.title')}</h1>
      <p className="callout">{t('outbox.lead')}</p>
      {load.state === 'loading' ? <p role="status">{t('outbox.loading')}</p> : null}
      {load.state === 'unavailable' ? <p className="callout callout-error">{t('outbox.unavailable')}</p> : null}
      <FailureMessage failure={load.state === 'failed' ? load.error : null} />
      {load.state === 'ready' || load.state === 'failed' ? (
        <p>
          <Button className="button" onPress={() => void fetchMails()}>
            {t('outbox.reload')}
          </Button>
        </p>
      ) : null}
      {load.state === 'ready' ? (
        load.mails.length === 0 ? (
          <p>{t('outbox.empty')}</p>
        ) : (
          <ol className="plain-list outbox-list" aria-label={t('outbox.listLabel')}>
            {load.mails.map((mail) => (
              <li key={mail.id} className="card outbox-mail" data-testid="outbox-mail">
                <h2 className="outbox-subject">{mail.subject}</h2>
                <dl className="outbox-meta">
                  <div>
                    <dt>{t('outbox.to')}</dt>
                    <dd>{mail.to}</dd>
                  </div>
                  <div>
                    <dt>{t('outbox.created')}</dt>
                    <dd>
                      <time dateTime={mail.createdAt}>{time.format(new Date(mail.createdAt))}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('outbox.sent')}</dt>
                    <dd>{mail.sentAt ? <time dateTime={mail.sentAt}>{time.format(new Date(mail.sentAt))}</time> : t('outbox.notSent')}</dd>
                  </div>
                </dl>
                <div className="outbox-text">
                  {linkify(mail.text).map((part, i) =>
                    part.kind === 'link' ? (
                      <a key={i} href={part.url}>
                        {part.url}
                      </a>
                    ) : (
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </div>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </AppShell>
  );
}
