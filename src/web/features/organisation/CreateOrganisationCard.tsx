import { useState } from 'react';
import { Button, Form, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useLocation } from 'wouter';
import { LOCALES, type Locale } from '../../../domain/localized.ts';
import { ORGANISATION_NAME_MAX_LENGTH } from '../../../domain/organisation.ts';
import { useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { LANGUAGE_NAMES } from '../../i18n/languageNames.ts';
import { useT } from '../../i18n/useT.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';

/** "Create an organisation": a name and the default language; the creator becomes its administrator. */
export function CreateOrganisationCard() {
  const { t, error, locale } = useT();
  const session = useSession();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  // Follows the page's language until the person picks one here.
  const [picked, setPicked] = useState<Locale | null>(null);
  const defaultLocale = picked ?? locale;
  const [nameMissing, setNameMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length === 0) {
      setNameMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.createOrganisation({ name: trimmed, defaultLocale });
    if (!result.ok) {
      setBusy(false);
      setFailure(result.error);
      return;
    }
    await session.refresh();
    navigate(`/org/${encodeURIComponent(result.value.id)}`);
  };

  return (
    <section className="card home-card" aria-labelledby="create-org-heading">
      <h2 id="create-org-heading">{t('org.createTitle')}</h2>
      <p>{t('org.createLead')}</p>
      <Form onSubmit={(e) => void handleSubmit(e)} className="form">
        <TextInputField
          label={t('org.name')}
          description={t('org.nameHint')}
          value={name}
          onChange={(value) => {
            setName(value);
            setNameMissing(false);
          }}
          error={nameMissing ? t('org.nameMissing') : null}
          maxLength={ORGANISATION_NAME_MAX_LENGTH}
          isRequired
          testId="org-name"
        />
        <RadioGroup className="field radio-group" value={defaultLocale} onChange={(v) => setPicked(v as Locale)} orientation="horizontal">
          <Label className="field-label">{t('org.defaultLocale')}</Label>
          <Text slot="description" className="field-description">
            {t('settings.defaultLocaleHint')}
          </Text>
          <div className="radio-row">
            {LOCALES.map((code) => (
              <Radio key={code} value={code} className="radio" lang={code}>
                {LANGUAGE_NAMES[code]}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        {failure ? (
          <p className="form-error" role="alert">
            {error(failure)}
          </p>
        ) : null}
        <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="create-org">
          {busy ? t('org.creating') : t('org.createButton')}
        </Button>
      </Form>
    </section>
  );
}
