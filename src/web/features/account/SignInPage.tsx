import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useLocation, useSearch } from 'wouter';
import { nextFromSearch, withNext } from '../../account/nextPath.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { AlreadySignedIn } from './AlreadySignedIn.tsx';
import { AuthLinkError } from './AuthLinkError.tsx';
import type { CheckEmailState } from './checkEmailState.ts';
import { EmailField, PasswordField } from './CredentialFields.tsx';
import { parseEmailInput } from './emailInput.ts';

/** /sign-in?next=/path — email and password, or a sign-in link by email; returns to `next` afterwards. */
export function SignInPage() {
  const { t, error } = useT();
  const [, navigate] = useLocation();
  const next = nextFromSearch(useSearch());
  const session = useSession();
  const user = signedInUser(session);
  usePageTitle(t('account.signInTitle'));

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [emailProblem, setEmailProblem] = useState<string | null>(null);
  const [passwordMissing, setPasswordMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const checkEmail = (): string | null => {
    const parsed = parseEmailInput(email);
    if (parsed.ok) return parsed.email;
    setEmailProblem(t(parsed.problem));
    return null;
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = checkEmail();
    const missing = password.length === 0;
    setPasswordMissing(missing);
    if (!address || missing) return;
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.signIn({ email: address, password });
    if (!result.ok) {
      setBusy(false);
      setFailure(result.error);
      return;
    }
    await session.refresh();
    navigate(next ?? '/', { replace: true });
  };

  const handleSendLink = async () => {
    setPasswordMissing(false);
    const address = checkEmail();
    if (!address) return;
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.requestMagicLink({ email: address, callbackURL: next ?? '/' });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const state: CheckEmailState = { email: address, via: 'link' };
    navigate('/check-email', { state });
  };

  return (
    <AppShell>
      <div className="narrow">
        <h1>{t('account.signInTitle')}</h1>
        <AuthLinkError />
        {user ? (
          <AlreadySignedIn name={user.name} next={next} />
        ) : (
          <>
            <Form onSubmit={(e) => void handleSubmit(e)} className="form card">
              <EmailField
                label={t('account.email')}
                value={email}
                onChange={(value) => {
                  setEmail(value);
                  setEmailProblem(null);
                }}
                error={emailProblem}
                isRequired
                testId="sign-in-email"
              />
              <PasswordField
                label={t('account.password')}
                value={password}
                onChange={(value) => {
                  setPassword(value);
                  setPasswordMissing(false);
                }}
                error={passwordMissing ? t('account.passwordMissing') : null}
                autoComplete="current-password"
                testId="sign-in-password"
              />
              {failure ? (
                <div role="alert">
                  <p className="form-error">{error(failure)}</p>
                  {/* A sign-in link proves the address too, so it is the way forward for an unconfirmed account. */}
                  {failure === 'email_not_verified' ? <p>{t('account.notVerifiedUseLink')}</p> : null}
                </div>
              ) : null}
              <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="sign-in-submit">
                {t('account.signInButton')}
              </Button>
              <div className="or-divider">
                <p>{t('account.orLinkLead')}</p>
                <Button className="button" isDisabled={busy} onPress={() => void handleSendLink()} data-testid="send-magic-link">
                  {t('account.sendLinkButton')}
                </Button>
              </div>
            </Form>
            <p className="account-switch">
              {t('account.noAccount')}{' '}
              <Link href={withNext('/sign-up', next)}>{t('account.signUpLink')}</Link>
            </p>
          </>
        )}
      </div>
    </AppShell>
  );
}
