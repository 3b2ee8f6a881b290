import { useState } from 'react';
import { Button, Form, Switch } from 'react-aria-components';
import type { Locale } from '../../../domain/localized.ts';
import { MIN_GROUP_SIZE_CEILING, MIN_GROUP_SIZE_FLOOR } from '../../../domain/organisation.ts';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { useSession } from '../../account/session.tsx';
import { accountsApi } from '../../api/accountsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { LocaleField } from '../../ui/LocaleField.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { WholeNumberField } from '../../ui/WholeNumberField.tsx';
import { DeleteOrganisationSection } from './DeleteOrganisation.tsx';
import { ExportOrganisationSection } from './ExportOrganisation.tsx';
import { OrganisationFrame } from './OrganisationFrame.tsx';
import { OrganisationNameField } from './OrganisationNameField.tsx';
import { isValidReminderDays, ReminderSettings } from './ReminderSettings.tsx';
import { SsoSettings } from './SsoSettings.tsx';
import { SuccessMessage } from './SuccessMessage.tsx';
import { useOrganisation } from './useOrganisation.ts';

/**
 * /org/:id/settings — name, default language, anonymity by default, the smallest group shown and
 * reminders about actions; then single sign-on, exporting all its data, and last deleting it.
 */
export function SettingsPage({ organisationId }: { organisationId: string }) {
  const { t } = useT();
  const organisation = useOrganisation(organisationId);
  usePageTitle(organisation.organisation ? t('settings.pageTitle', { name: organisation.organisation.name }) : t('settings.title'));
  return (
    <OrganisationFrame organisationId={organisationId} load={organisation}>
      {(view) =>
        view.myPermissions.includes('organisation.update') ? (
          // Keyed by id: another organisation starts from its own values.
          <SettingsForm key={view.id} organisation={view} onSaved={organisation.replace} />
        ) : (
          <div className="narrow">
            <h1>{t('settings.title')}</h1>
            <p className="callout">{t('settings.notAllowed')}</p>
          </div>
        )
      }
    </OrganisationFrame>
  );
}

function isValidGroupSize(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_GROUP_SIZE_FLOOR && value <= MIN_GROUP_SIZE_CEILING;
}

function SettingsForm({ organisation, onSaved }: { organisation: OrganisationView; onSaved: (view: OrganisationView) => void }) {
  const { t } = useT();
  const session = useSession();
  const [name, setName] = useState(organisation.name);
  const [defaultLocale, setDefaultLocale] = useState<Locale>(organisation.settings.defaultLocale);
  const [anonymousDefault, setAnonymousDefault] = useState(organisation.settings.anonymousDefault);
  const [minGroupSize, setMinGroupSize] = useState(organisation.settings.minGroupSize);
  const [reminderDaysBefore, setReminderDaysBefore] = useState(organisation.settings.reminderDaysBefore);
  const [remindOverdue, setRemindOverdue] = useState(organisation.settings.remindOverdue);
  const [daysInvalid, setDaysInvalid] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const [sizeInvalid, setSizeInvalid] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    const badSize = !isValidGroupSize(minGroupSize);
    const badDays = !isValidReminderDays(reminderDaysBefore);
    setNameMissing(trimmed.length === 0);
    setSizeInvalid(badSize);
    setDaysInvalid(badDays);
    setSaved(null);
    if (trimmed.length === 0 || badSize || badDays) return;
    setBusy(true);
    setFailure(null);
    const result = await accountsApi.updateOrganisation(organisation.id, {
      name: trimmed,
      defaultLocale,
      anonymousDefault,
      minGroupSize,
      reminderDaysBefore,
      remindOverdue,
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    onSaved(result.value);
    setSaved(t('settings.saved'));
    // The name shows in the account menu and on the front page.
    if (result.value.name !== organisation.name) void session.refresh();
  };

  return (
    <div className="narrow">
      <h1>{t('settings.title')}</h1>
      <Form onSubmit={(e) => void handleSubmit(e)} className="form card">
        <OrganisationNameField
          label={t('settings.name')}
          value={name}
          onChange={(value) => {
            setName(value);
            setNameMissing(false);
          }}
          missing={nameMissing}
          testId="settings-name"
        />
        <LocaleField label={t('settings.defaultLocale')} description={t('settings.defaultLocaleHint')} value={defaultLocale} onChange={setDefaultLocale} />
        <div className="field">
          <Switch className="switch" isSelected={anonymousDefault} onChange={setAnonymousDefault} aria-describedby="anonymous-default-hint" data-testid="settings-anonymous">
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            {t('settings.anonymousDefault')}
          </Switch>
          <p id="anonymous-default-hint" className="field-description">
            {t('settings.anonymousDefaultHint')}
          </p>
        </div>
        <WholeNumberField
          label={t('settings.minGroupSize')}
          value={minGroupSize}
          onChange={(value) => {
            setMinGroupSize(value);
            setSizeInvalid(false);
          }}
          min={MIN_GROUP_SIZE_FLOOR}
          max={MIN_GROUP_SIZE_CEILING}
          description={t('settings.minGroupSizeHint', { min: MIN_GROUP_SIZE_FLOOR, max: MIN_GROUP_SIZE_CEILING })}
          error={sizeInvalid ? t('settings.minGroupSizeInvalid', { min: MIN_GROUP_SIZE_FLOOR, max: MIN_GROUP_SIZE_CEILING }) : null}
          testId="settings-min-group-size"
        />
        <ReminderSettings
          daysBefore={reminderDaysBefore}
          onDaysBeforeChange={(value) => {
            setReminderDaysBefore(value);
            setDaysInvalid(false);
          }}
          daysInvalid={daysInvalid}
          remindOverdue={remindOverdue}
          onRemindOverdueChange={setRemindOverdue}
        />
        <FailureMessage failure={failure} />
        <SuccessMessage text={saved} />
        <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="settings-save">
          {t('common.save')}
        </Button>
      </Form>
      <SsoSettings organisationId={organisation.id} />
      <ExportOrganisationSection organisationId={organisation.id} />
      <DeleteOrganisationSection organisation={organisation} />
    </div>
  );
}
