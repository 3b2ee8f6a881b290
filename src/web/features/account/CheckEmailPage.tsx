import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { accountsApi } from '../../api/accountsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { TextWithEmail } from '../../ui/EmailAddress.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { readCheckEmailState } from './checkEmailState.ts';

/** /check-email — after signing up or asking for a sign-in link: what was sent, and what to do next. */
export function CheckEmailPage() {
  const { t } = useT();
  usePageTitle(t('account.checkEmailTitle'));
  const [sent] = useState(() => readCheckEmailState(typeof window === 'undefined' ? null : window.history.state));
  const outbox = useDevOutboxAvailable();

  return (
    <AppShell>
      <div className="narrow">
        <h1>{t('account.checkEmailTitle')}</h1>
        {sent?.via === 'sign-up' ? (
          <>
            <p className="lead" data-testid="check-email-body">
              <TextWithEmail text={t('account.checkEmailSignUp', { email: sent.email })} emails={[sent.email]} />
            </p>
            <p>{t('account.checkEmailSignUpThen')}</p>
          </>
        ) : sent?.via === 'link' ? (
          <>
            <p className="lead" data-testid="check-email-body">
              <TextWithEmail text={t('account.checkEmailLink', { email: sent.email })} emails={[sent.email]} />
            </p>
            <p>{t('account.checkEmailLinkThen')}</p>
          </>
        ) : (
          <p className="lead" data-testid="check-email-body">
            {t('account.checkEmailUnknown')}
          </p>
        )}
        <p>{t('account.checkEmailNothing')}</p>
        <div className="button-row">
          <Link href="/sign-in" className="button">
            {t('account.toSignIn')}
          </Link>
          {outbox ? (
            <Link href="/dev/outbox" className="button">
              {t('outbox.openLink')}
            </Link>
          ) : null}
        </div>
      </div>
    </AppShell>
  );
}

/** Whether the development outbox answers; it never does in production or with real mail. */
function useDevOutboxAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    void accountsApi.devOutbox().then((result) => {
      if (current) setAvailable(result.ok);
    });
    return () => {
      current = false;
    };
  }, []);
  return available;
}
