import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { LOCALES, type Locale } from '../../domain/localized.ts';
import { LANGUAGE_NAMES } from '../i18n/languageNames.ts';

interface LocaleFieldProps {
  readonly label: string;
  readonly description?: string;
  readonly value: Locale;
  readonly onChange: (locale: Locale) => void;
}

/** A choice of language as a row of radio buttons, each language named in itself (and marked with its lang). */
export function LocaleField({ label, description, value, onChange }: LocaleFieldProps) {
  return (
    <RadioGroup className="field radio-group" value={value} onChange={(v) => onChange(v as Locale)} orientation="horizontal">
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <div className="radio-row">
        {LOCALES.map((code) => (
          <Radio key={code} value={code} className="radio" lang={code}>
            {LANGUAGE_NAMES[code]}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
