import { useState, type ReactNode } from 'react';
import { Input, Label, TextField, ToggleButton } from 'react-aria-components';
import { useT } from '../../i18n/useT.ts';
import { FieldHelp } from '../../ui/FieldHelp.tsx';

interface CredentialFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly description?: ReactNode;
  readonly error?: string | null;
  readonly isRequired?: boolean;
  readonly autoFocus?: boolean;
  readonly testId?: string;
}

/** A labelled email field: the right keyboard on phones, and the browser may fill it in. */
export function EmailField(props: CredentialFieldProps & { readonly autoComplete?: 'email' | 'username' | 'off' }) {
  return (
    <TextField
      className="field"
      type="email"
      value={props.value}
      onChange={props.onChange}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.error)}
      autoFocus={props.autoFocus}
      autoComplete={props.autoComplete ?? 'email'}
      inputMode="email"
      maxLength={254}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      <Input className="field-input" data-testid={props.testId} spellCheck={false} autoCapitalize="none" />
      <FieldHelp description={props.description} error={props.error} />
    </TextField>
  );
}

/** A labelled password field whose text can be shown, so nobody has to type it twice. */
export function PasswordField(props: CredentialFieldProps & { readonly autoComplete: 'current-password' | 'new-password' }) {
  const { t } = useT();
  const [shown, setShown] = useState(false);
  return (
    <TextField
      className="field"
      type={shown ? 'text' : 'password'}
      value={props.value}
      onChange={props.onChange}
      isRequired={props.isRequired}
      isInvalid={Boolean(props.error)}
      autoFocus={props.autoFocus}
      autoComplete={props.autoComplete}
      validationBehavior="aria"
    >
      <Label className="field-label">{props.label}</Label>
      <div className="password-row">
        <Input className="field-input" data-testid={props.testId} spellCheck={false} autoCapitalize="none" />
        <ToggleButton className="button password-toggle" isSelected={shown} onChange={setShown}>
          {t('account.showPassword')}
        </ToggleButton>
      </div>
      <FieldHelp description={props.description} error={props.error} />
    </TextField>
  );
}
