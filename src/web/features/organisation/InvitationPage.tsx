import { useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { PersonNameSchema, type InvitationLookupResponse } from '../../../protocol/accounts.ts';
import { withNext } from '../../account/nextPath.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { EmailAddress, TextWithEmail } from '../../ui/EmailAddress.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { AuthLinkError } from '../account/AuthLinkError.tsx';
import type { CheckEmailState } from '../account/checkEmailState.ts';
import { formatRoleList } from './roleText.ts';

type Lookup = { state: 'loading' } | { state: 'found'; invitation: InvitationLookupResponse } | { state: 'failed'; error: ApiError };

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** /invitation/:id — the link in an invitation mail: who invites you where, and how to accept. */
export function InvitationPage({ invitationId }: { invitationId: string }) {
  const { t, error, locale } = useT();
  const [lookup, setLookup] = useState<Lookup>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    setLookup({ state: 'loading' });
    void accountsApi.lookUpInvitation(invitationId).then((result) => {
      if (!current) return;
      setLookup(result.ok ? { state: 'found', invitation: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [invitationId]);

  const invitation = lookup.state === 'found' ? lookup.invitation : null;
  usePageTitle(invitation ? t('invite.pageTitle', { organisation: invitation.organisationName }) : t('invite.pageTitleLoading'));

  return (
    <AppShell>
      <div className="narrow">
        <AuthLinkError />
        {lookup.state === 'loading' ? (
          <>
            <h1>{t('invite.pageTitleLoading')}</h1>
            <p role="status">{t('invite.loading')}</p>
          </>
        ) : null}
        {lookup.state === 'failed' ? (
          <>
            <h1>{t('invite.pageTitleLoading')}</h1>
            <FailureMessage failure={lookup.error} />
            <Link href="/" className="button">
              {t('common.toFrontPage')}
            </Link>
          </>
        ) : null}
        {invitation ? (
          <>
            <h1>{invitation.status === 'pending' ? t('invite.heading', { organisation: invitation.organisationName }) : t('invite.pageTitle', { organisation: invitation.organisationName })}</h1>
            <dl className="facts card">
              <div>
                <dt>{t('invite.from')}</dt>
                <dd>{invitation.inviterName}</dd>
              </div>
              <div>
                <dt>{t('invite.to')}</dt>
                <dd>
                  <EmailAddress email={invitation.email} />
                </dd>
              </div>
              <div>
                <dt>{t('invite.rolesLabel')}</dt>
                <dd>{formatRoleList(invitation.roles, locale)}</dd>
              </div>
            </dl>
            {invitation.status === 'pending' ? (
              <PendingInvitation invitation={invitation} />
            ) : (
              <>
                <p className="callout callout-error">{error('invitation_not_pending')}</p>
                <Link href="/" className="button">
                  {t('common.toFrontPage')}
                </Link>
              </>
            )}
          </>
        ) : null}
      </div>
    </AppShell>
  );
}

/** Accept when signed in with the invited address; otherwise sign out, or sign in (by link or password) first. */
function PendingInvitation({ invitation }: { invitation: InvitationLookupResponse }) {
  const { t } = useT();
  const session = useSession();
  const user = signedInUser(session);
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const signInHeading = useRef<HTMLHeadingElement>(null);
  const here = `/invitation/${encodeURIComponent(invitation.id)}`;

  const handleAccept = async () => {
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.acceptInvitation(invitation.id);
    if (!result.ok) {
      setBusy(false);
      setFailure(result.error);
      return;
    }
    await session.refresh();
    navigate(`/org/${encodeURIComponent(result.value.organisationId)}`);
  };

  const handleSignOut = async () => {
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.signOut();
    if (result.ok) await session.refresh();
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    // The sign-out button is replaced by the sign-in form; start there.
    requestAnimationFrame(() => signInHeading.current?.focus());
  };

  const handleSendLink = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsedName = PersonNameSchema.safeParse(name);
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.requestMagicLink({
      email: invitation.email,
      ...(parsedName.success ? { name: parsedName.data } : {}),
      callbackURL: here,
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const state: CheckEmailState = { email: invitation.email, via: 'link' };
    navigate('/check-email', { state });
  };

  const failureLine = <FailureMessage failure={failure} />;

  if (session.status === 'loading') return <p role="status">{t('invite.loading')}</p>;

  if (user && sameAddress(user.email, invitation.email)) {
    return (
      <div className="form card">
        <p>{t('invite.acceptLead', { organisation: invitation.organisationName })}</p>
        {failureLine}
        <Button className="button button-primary button-large" isDisabled={busy} onPress={() => void handleAccept()} data-testid="accept-invitation">
          {t('invite.accept')}
        </Button>
      </div>
    );
  }

  if (user) {
    return (
      <div className="callout">
        <p>
          <TextWithEmail text={t('invite.otherAccount', { current: user.email, invited: invitation.email })} emails={[user.email, invitation.email]} />
        </p>
        {failureLine}
        <Button className="button" isDisabled={busy} onPress={() => void handleSignOut()} data-testid="invitation-sign-out">
          {t('invite.signOutFirst')}
        </Button>
      </div>
    );
  }

  return (
    <section aria-labelledby="invitation-sign-in">
      <h2 id="invitation-sign-in" ref={signInHeading} tabIndex={-1}>
        {t('invite.signInTitle')}
      </h2>
      <Form onSubmit={(e) => void handleSendLink(e)} className="form card">
        <p>
          <TextWithEmail text={t('invite.linkLead', { email: invitation.email })} emails={[invitation.email]} />
        </p>
        <TextInputField
          label={t('invite.nameLabel')}
          description={t('invite.nameHint')}
          value={name}
          onChange={setName}
          maxLength={100}
          autoComplete="name"
          testId="invitation-name"
        />
        {failureLine}
        <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="invitation-send-link">
          {t('invite.sendLink')}
        </Button>
      </Form>
      <p className="account-switch">
        {t('invite.havePassword')}{' '}
        <Link href={withNext('/sign-in', here)}>{t('invite.signInWithPassword')}</Link>
      </p>
    </section>
  );
}
