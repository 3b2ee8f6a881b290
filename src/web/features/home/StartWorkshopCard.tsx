import { useState } from 'react';
import { Button, Checkbox, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation } from 'wouter';
import { LOCALES, type Locale } from '../../../domain/localized.ts';
import { COMPASS_BEFORE } from '../../../domain/templates/compassBefore.ts';
import { WORKSHOP_TITLE_MAX_LENGTH } from '../../../protocol/http.ts';
import { kompasApi } from '../../api/kompasApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { LANGUAGE_NAMES } from '../../i18n/languageNames.ts';
import { useT } from '../../i18n/useT.ts';
import { saveFacilitatorKey } from '../../realtime/credentials.ts';
import { browserStore } from '../../realtime/localStore.ts';
import { Icon } from '../../ui/Icon.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';

/** "Start a workshop": the digitalisation's title, language, anonymity; the compass template. */
export function StartWorkshopCard() {
  const { t, l, error, locale } = useT();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  // Follows the page's language (the header's switch) until the person picks one here.
  const [pickedLocale, setWorkshopLocale] = useState<Locale | null>(null);
  const workshopLocale = pickedLocale ?? locale;
  const [anonymous, setAnonymous] = useState(false);
  const [titleMissing, setTitleMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim().length === 0) {
      setTitleMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await kompasApi.createWorkshop({ title: title.trim(), templateId: COMPASS_BEFORE.id, locale: workshopLocale, anonymous });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    const { workshopId, facilitatorKey } = result.value;
    saveFacilitatorKey(browserStore(), workshopId, facilitatorKey);
    navigate(`/w/${workshopId}/facilitate#key=${encodeURIComponent(facilitatorKey)}`);
  };

  return (
    <section className="card home-card" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('home.startTitle')}</h2>
      <p>{t('home.startLead')}</p>
      <Form onSubmit={(e) => void handleSubmit(e)} className="form">
        <TextInputField
          label={t('home.titleLabel')}
          value={title}
          onChange={(value) => {
            setTitle(value);
            setTitleMissing(false);
          }}
          description={t('home.titleHint')}
          error={titleMissing ? t('home.titleMissing') : null}
          maxLength={WORKSHOP_TITLE_MAX_LENGTH}
          isRequired
          testId="workshop-title"
        />
        <RadioGroup className="field radio-group" value={workshopLocale} onChange={(v) => setWorkshopLocale(v as Locale)} orientation="horizontal">
          <Label className="field-label">{t('home.localeLabel')}</Label>
          <div className="radio-row">
            {LOCALES.map((code) => (
              <Radio key={code} value={code} className="radio" lang={code}>
                {LANGUAGE_NAMES[code]}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <div className="field">
          <Checkbox className="checkbox" isSelected={anonymous} onChange={setAnonymous} aria-describedby="anonymous-hint">
            <span className="checkbox-box" aria-hidden="true">
              <Icon name="check" size={16} />
            </span>
            {t('home.anonymousLabel')}
          </Checkbox>
          <p id="anonymous-hint" className="field-description">
            {t('home.anonymousHint')}
          </p>
        </div>
        <div className="template-choice">
          <p className="field-label">{t('home.templateLabel')}</p>
          <p className="template-name">{l(COMPASS_BEFORE.name)}</p>
          <p className="field-description">{l(COMPASS_BEFORE.description)}</p>
        </div>
        {failure ? (
          <p className="form-error" role="alert">
            {error(failure)}
          </p>
        ) : null}
        <Button type="submit" className="button button-primary button-large" isDisabled={busy} data-testid="start-workshop">
          {busy ? t('home.starting') : t('home.startButton')}
        </Button>
      </Form>
    </section>
  );
}
