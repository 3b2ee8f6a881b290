import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { Locale } from '../../../domain/localized.ts';
import { useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { LocaleField } from '../../ui/LocaleField.tsx';
import { OrganisationNameField } from './OrganisationNameField.tsx';

/** "Create an organisation": a name and the default language; the creator becomes its administrator. */
export function CreateOrganisationCard() {
  const { t, locale } = useT();
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
        <OrganisationNameField
          label={t('org.name')}
          description={t('org.nameHint')}
          value={name}
          onChange={(value) => {
            setName(value);
            setNameMissing(false);
          }}
          missing={nameMissing}
          testId="org-name"
        />
        <LocaleField label={t('org.defaultLocale')} description={t('settings.defaultLocaleHint')} value={defaultLocale} onChange={setPicked} />
        <FailureMessage failure={failure} />
        <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="create-org">
          {busy ? t('org.creating') : t('org.createButton')}
        </Button>
      </Form>
    </section>
  );
}
