import { useEffect, useRef, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import type { SsoConfigView } from '../../../protocol/accounts.ts';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { useT } from '../../i18n/useT.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { FieldHelp } from '../../ui/FieldHelp.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { PasswordField } from '../account/CredentialFields.tsx';
import { focusFirstInvalid } from '../projects/focusFirstInvalid.ts';
import { CopyableUrl } from './CopyableUrl.tsx';
import { checkSsoForm, ssoFormFrom, type SsoField, type SsoFormValues, type SsoProblems } from './ssoForm.ts';
import { SuccessMessage } from './SuccessMessage.tsx';

type Load = { state: 'loading' } | { state: 'ready'; view: SsoConfigView } | { state: 'failed'; error: ApiError };

const PROBLEM_TEXT: Readonly<Record<SsoField, Readonly<Record<'missing' | 'invalid', MessageKey>>>> = {
  issuer: { missing: 'ssoSettings.issuerMissing', invalid: 'ssoSettings.issuerInvalid' },
  clientId: { missing: 'ssoSettings.clientIdMissing', invalid: 'ssoSettings.clientIdMissing' },
  clientSecret: { missing: 'ssoSettings.clientSecretMissing', invalid: 'ssoSettings.clientSecretMissing' },
  domain: { missing: 'ssoSettings.domainMissing', invalid: 'ssoSettings.domainInvalid' },
};

/**
 * The settings page's single sign-on section, for administrators: what it does, the address to
 * register with the identity provider, the provider's details, the page to share, and turning it off.
 */
export function SsoSettings({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    void accountsApi.ssoConfig(organisationId).then((result) => {
      if (current) setLoad(result.ok ? { state: 'ready', view: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [organisationId]);

  return (
    <section aria-labelledby="sso-heading" className="settings-section" data-testid="sso-settings">
      <h2 id="sso-heading" ref={heading} tabIndex={-1}>
        {t('ssoSettings.title')}
      </h2>
      <p>{t('ssoSettings.lead')}</p>
      <p>{t('ssoSettings.membership')}</p>
      <p>{t('ssoSettings.existingAccounts')}</p>
      {load.state === 'loading' ? <p role="status">{t('ssoSettings.loading')}</p> : null}
      <FailureMessage failure={load.state === 'failed' ? load.error : null} />
      {load.state === 'ready' ? (
        <SsoConfigForm
          organisationId={organisationId}
          view={load.view}
          onChange={(view) => setLoad({ state: 'ready', view })}
          onTurnedOff={() => requestAnimationFrame(() => heading.current?.focus())}
        />
      ) : null}
    </section>
  );
}

interface SsoConfigFormProps {
  readonly organisationId: string;
  readonly view: SsoConfigView;
  readonly onChange: (view: SsoConfigView) => void;
  /** The turn-off button goes with the provider; focus needs somewhere to go. */
  readonly onTurnedOff: () => void;
}

function SsoConfigForm({ organisationId, view, onChange, onTurnedOff }: SsoConfigFormProps) {
  const { t } = useT();
  const [values, setValues] = useState<SsoFormValues>(() => ssoFormFrom(view.provider));
  const [problems, setProblems] = useState<SsoProblems>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [turnedOff, setTurnedOff] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const on = view.provider !== null;

  const change = (field: SsoField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const problemText = (field: SsoField): string | null => {
    const problem = problems[field];
    return problem ? t(PROBLEM_TEXT[field][problem]) : null;
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(null);
    setTurnedOff(null);
    const checked = checkSsoForm(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      focusFirstInvalid(form);
      return;
    }
    setProblems({});
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.saveSsoConfig(organisationId, checked.body);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    // The secret is kept by the server and never shown again, here either.
    setValues(ssoFormFrom(result.value.provider));
    setSaved(on ? t('ssoSettings.saved') : t('ssoSettings.savedOn'));
    onChange(result.value);
  };

  const handleTurnOff = async () => {
    setSaved(null);
    setTurnedOff(null);
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.removeSsoConfig(organisationId);
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onChange({ ...view, provider: null });
    setTurnedOff(t('ssoSettings.turnedOff'));
    onTurnedOff();
  };

  return (
    <>
      <p className={on ? 'sso-state sso-state-on' : 'sso-state'} data-testid="sso-state">
        <Icon name={on ? 'check' : 'dot'} size={18} />
        {on ? t('ssoSettings.on') : t('ssoSettings.off')}
      </p>
      <SuccessMessage text={turnedOff} />

      <h3>{t('ssoSettings.registerTitle')}</h3>
      <p>{t('ssoSettings.registerLead')}</p>
      <CopyableUrl label={t('ssoSettings.callbackUrl')} value={view.callbackUrl} testId="sso-callback-url" />

      <h3>{t('ssoSettings.formTitle')}</h3>
      <Form onSubmit={(e) => void handleSubmit(e)} className="form card" data-testid="sso-form">
        <PlainField
          label={t('ssoSettings.issuer')}
          description={t('ssoSettings.issuerHint')}
          value={values.issuer}
          onChange={change('issuer')}
          error={problemText('issuer')}
          url
          testId="sso-issuer"
        />
        <PlainField
          label={t('ssoSettings.clientId')}
          description={t('ssoSettings.clientIdHint')}
          value={values.clientId}
          onChange={change('clientId')}
          error={problemText('clientId')}
          testId="sso-client-id"
        />
        <PasswordField
          label={t('ssoSettings.clientSecret')}
          description={on ? t('ssoSettings.clientSecretHintSaved') : t('ssoSettings.clientSecretHint')}
          value={values.clientSecret}
          onChange={change('clientSecret')}
          error={problemText('clientSecret')}
          // Not the person's own password: the browser should neither fill one in nor offer to save it.
          autoComplete="new-password"
          isRequired
          testId="sso-client-secret"
        />
        <PlainField
          label={t('ssoSettings.domain')}
          description={t('ssoSettings.domainHint')}
          value={values.domain}
          onChange={change('domain')}
          error={problemText('domain')}
          testId="sso-domain"
        />
        <FailureMessage failure={failure} />
        <SuccessMessage text={saved} />
        <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="sso-save">
          {on ? t('ssoSettings.saveChanges') : t('ssoSettings.saveOn')}
        </Button>
      </Form>

      <h3>{t('ssoSettings.shareTitle')}</h3>
      <p>{t('ssoSettings.shareLead')}</p>
      <CopyableUrl label={t('ssoSettings.signInUrl')} value={view.signInUrl} testId="sso-sign-in-url" />
      {on ? null : <p className="field-description">{t('ssoSettings.shareWaiting')}</p>}

      {on ? (
        <div className="sso-turn-off">
          <ConfirmDialog
            trigger={
              <Button className="button" isDisabled={busy} data-testid="sso-turn-off">
                {t('ssoSettings.turnOff')}
              </Button>
            }
            title={t('ssoSettings.turnOffTitle')}
            body={<p>{t('ssoSettings.turnOffBody')}</p>}
            confirmLabel={t('ssoSettings.turnOffConfirm')}
            onConfirm={() => void handleTurnOff()}
            danger
          />
        </div>
      ) : null}
    </>
  );
}

interface PlainFieldProps {
  readonly label: string;
  readonly description: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | null;
  /** An address: the URL keyboard on phones (the field stays type=text, so the browser's own check does not get in before ours). */
  readonly url?: boolean;
  readonly testId: string;
}

/** A required field for a technical value: no spelling fixes or capitals, a URL keyboard for addresses. */
function PlainField({ label, description, value, onChange, error, url = false, testId }: PlainFieldProps) {
  return (
    <TextField
      className="field"
      inputMode={url ? 'url' : 'text'}
      value={value}
      onChange={onChange}
      isRequired
      isInvalid={Boolean(error)}
      autoComplete="off"
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Input className="field-input" data-testid={testId} spellCheck={false} autoCapitalize="none" autoCorrect="off" />
      <FieldHelp description={description} error={error} />
    </TextField>
  );
}
