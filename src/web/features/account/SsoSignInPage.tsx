import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useSearch } from 'wouter';
import type { SsoLookupResponse } from '../../../protocol/accounts.ts';
import { nextFromSearch, withNext } from '../../account/nextPath.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { AlreadySignedIn } from './AlreadySignedIn.tsx';
import { isProviderAddress, ssoLandingOf, ssoStartBody, type SsoLanding } from './ssoLanding.ts';

type Lookup = { state: 'loading' } | { state: 'found'; organisation: SsoLookupResponse } | { state: 'failed'; error: ApiError };

/**
 * /sso/:slug — an organisation's own sign-in page for single sign-on, the address its
 * administrator shares: one button to the identity provider, and what went wrong when the
 * provider sends the person back with ?error=….
 */
export function SsoSignInPage({ slug }: { slug: string }) {
  const { t, error } = useT();
  const search = useSearch();
  const next = nextFromSearch(search);
  const landing = ssoLandingOf(search);
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    setLookup({ state: 'loading' });
    void accountsApi.lookUpSso(slug).then((result) => {
      if (current) setLookup(result.ok ? { state: 'found', organisation: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [slug]);

  const organisation = lookup.state === 'found' ? lookup.organisation : null;
  usePageTitle(organisation ? t('sso.pageTitleOne', { organisation: organisation.organisationName }) : t('sso.pageTitle'));

  return (
    <AppShell>
      <div className="narrow">
        {organisation ? <p className="eyebrow">{organisation.organisationName}</p> : null}
        <h1>{t('sso.pageTitle')}</h1>
        {landing ? <LandingMessage landing={landing} next={next} /> : null}
        {lookup.state === 'loading' ? <p role="status">{t('sso.loading')}</p> : null}
        {lookup.state === 'failed' ? (
          <>
            <p className="form-error" role="alert">
              {lookup.error === 'not_found' ? t('sso.notAvailable') : error(lookup.error)}
            </p>
            <Link href={withNext('/sign-in', next)} className="button button-primary">
              {t('sso.ordinarySignIn')}
            </Link>
          </>
        ) : null}
        {organisation ? <StartSso organisation={organisation} next={next} /> : null}
      </div>
    </AppShell>
  );
}

/** Why the provider sent the person back here, and what to do now. */
function LandingMessage({ landing, next }: { landing: SsoLanding; next: string | null }) {
  const { t } = useT();
  if (landing === 'confirm-email') {
    return (
      <div className="callout" role="status" data-testid="sso-landing">
        <p>{t('sso.confirmEmail')}</p>
        <p>{t('account.checkEmailNothing')}</p>
      </div>
    );
  }
  return (
    <div className="callout callout-error" role="alert" data-testid="sso-landing">
      <p>{landing === 'account-exists' ? t('sso.accountExists') : t('sso.failed')}</p>
      {landing === 'account-exists' ? (
        <Link href={withNext('/sign-in', next)} className="button">
          {t('sso.passwordOrLink')}
        </Link>
      ) : null}
    </div>
  );
}

/** The button to the identity provider; already signed in, the way on instead. */
function StartSso({ organisation, next }: { organisation: SsoLookupResponse; next: string | null }) {
  const { t } = useT();
  const session = useSession();
  const user = signedInUser(session);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const name = organisation.organisationName;

  const handleStart = async () => {
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.startSso(ssoStartBody(organisation.slug, next));
    if (!result.ok || !isProviderAddress(result.value.url)) {
      setBusy(false);
      setFailure(result.ok ? 'internal' : result.error);
      return;
    }
    // The provider's own page: the page is left, so busy stays on until it goes.
    window.location.assign(result.value.url);
  };

  if (user) return <AlreadySignedIn name={user.name} next={next} />;

  return (
    <>
      <div className="form card">
        <p>{t('sso.lead')}</p>
        <p>{t('sso.firstTime', { organisation: name })}</p>
        <FailureMessage failure={failure} />
        <Button className="button button-primary button-large" isDisabled={busy} onPress={() => void handleStart()} data-testid="sso-start">
          {t('sso.button', { organisation: name })}
        </Button>
        <p role="status" className={busy ? 'muted' : 'visually-hidden'}>
          {busy ? t('sso.starting') : ''}
        </p>
      </div>
      <p className="account-switch">
        {t('sso.otherWay', { organisation: name })}{' '}
        <Link href={withNext('/sign-in', next)}>{t('sso.ordinarySignIn')}</Link>
      </p>
    </>
  );
}
