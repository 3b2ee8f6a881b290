import { Radio, RadioGroup } from 'react-aria-components';
import { LOCALES, type Locale } from '../../domain/localized.ts';
import { LANGUAGE_NAMES } from '../i18n/languageNames.ts';
import { chooseLocale } from '../i18n/localeStore.ts';
import { useT } from '../i18n/useT.ts';

/** Dansk / English, remembered on this device. */
export function LanguageSwitch() {
  const { t, locale } = useT();
  return (
    <RadioGroup
      className="language-switch"
      orientation="horizontal"
      aria-label={t('header.language')}
      value={locale}
      onChange={(value) => chooseLocale(value as Locale)}
    >
      {LOCALES.map((code) => (
        <Radio key={code} value={code} className="language-option" lang={code}>
          {LANGUAGE_NAMES[code]}
        </Radio>
      ))}
    </RadioGroup>
  );
}
