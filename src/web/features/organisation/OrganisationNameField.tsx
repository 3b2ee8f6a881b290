import { ORGANISATION_NAME_MAX_LENGTH } from '../../../domain/organisation.ts';
import { useT } from '../../i18n/useT.ts';
import { TextInputField } from '../../ui/TextInputField.tsx';

interface OrganisationNameFieldProps {
  readonly label: string;
  readonly description?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A send was refused because the name was empty. */
  readonly missing: boolean;
  readonly testId: string;
}

/** An organisation's name, when it is created and in its settings: required, no longer than the server takes. */
export function OrganisationNameField({ label, description, value, onChange, missing, testId }: OrganisationNameFieldProps) {
  const { t } = useT();
  return (
    <TextInputField
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={missing ? t('org.nameMissing') : null}
      maxLength={ORGANISATION_NAME_MAX_LENGTH}
      isRequired
      testId={testId}
    />
  );
}
