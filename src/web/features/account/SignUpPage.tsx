import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useLocation, useSearch } from 'wouter';
import { PASSWORD_MIN_LENGTH } from '../../../domain/accountRules.ts';
import { PersonNameSchema } from '../../../protocol/accounts.ts';
import { nextFromSearch, withNext } from '../../account/nextPath.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { AlreadySignedIn } from './AlreadySignedIn.tsx';
import type { CheckEmailState } from './checkEmailState.ts';
import { EmailField, PasswordField } from './CredentialFields.tsx';
import { parseEmailInput } from './emailInput.ts';

const NAME_MAX_LENGTH = 100;

interface Problems {
  readonly name?: string;
  readonly email?: string;
  readonly password?: string;
}

/** /sign-up — name, email and password; the account works once the address is confirmed from the mail. */
export function SignUpPage() {
  const { t } = useT();
  const [, navigate] = useLocation();
  const next = nextFromSearch(useSearch());
  const session = useSession();
  const user = signedInUser(session);
  usePageTitle(t('account.signUpTitle'));

  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsedName = PersonNameSchema.safeParse(name);
    const parsedEmail = parseEmailInput(email);
    // The server refuses shorter passwords (password_too_short); saying it up front saves a round trip.
    const found: Problems = {
      ...(parsedName.success ? {} : { name: t('account.nameMissing') }),
      ...(parsedEmail.ok ? {} : { email: t(parsedEmail.problem) }),
      ...(password.length >= PASSWORD_MIN_LENGTH ? {} : { password: t('account.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) }),
    };
    setProblems(found);
    if (!parsedName.success || !parsedEmail.ok || found.password) return;
    setBusy(true);
    setFailure(null);
    // With somewhere to return to (an invitation), the confirmation link leads back there.
    const result = await accountsApi.signUp({ name: parsedName.data, email: parsedEmail.email, password, ...(next ? { callbackURL: next } : {}) });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const state: CheckEmailState = { email: parsedEmail.email, via: 'sign-up' };
    navigate('/check-email', { state });
  };

  return (
    <AppShell>
      <div className="narrow">
        <h1>{t('account.signUpTitle')}</h1>
        <p className="lead">{t('account.signUpLead')}</p>
        {user ? (
          <AlreadySignedIn name={user.name} next={next} />
        ) : (
          <>
            <Form onSubmit={(e) => void handleSubmit(e)} className="form card">
              <TextInputField
                label={t('account.name')}
                description={t('account.nameHint')}
                value={name}
                onChange={(value) => {
                  setName(value);
                  setProblems((p) => ({ ...p, name: undefined }));
                }}
                error={problems.name}
                maxLength={NAME_MAX_LENGTH}
                autoComplete="name"
                isRequired
                testId="sign-up-name"
              />
              <EmailField
                label={t('account.email')}
                value={email}
                onChange={(value) => {
                  setEmail(value);
                  setProblems((p) => ({ ...p, email: undefined }));
                }}
                error={problems.email}
                isRequired
                testId="sign-up-email"
              />
              <PasswordField
                label={t('account.password')}
                description={t('account.passwordRule', { min: PASSWORD_MIN_LENGTH })}
                value={password}
                onChange={(value) => {
                  setPassword(value);
                  setProblems((p) => ({ ...p, password: undefined }));
                }}
                error={problems.password}
                autoComplete="new-password"
                isRequired
                testId="sign-up-password"
              />
              <FailureMessage failure={failure} />
              <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="sign-up-submit">
                {t('account.signUpButton')}
              </Button>
            </Form>
            <p className="account-switch">
              {t('account.haveAccount')}{' '}
              <Link href={withNext('/sign-in', next)}>{t('account.signInLink')}</Link>
            </p>
          </>
        )}
      </div>
    </AppShell>
  );
}
