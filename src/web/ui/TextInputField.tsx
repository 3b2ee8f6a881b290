import { Input, Label, TextArea, TextField } from 'react-aria-components';
import type { ReactNode } from 'react';
import { FieldHelp } from './FieldHelp.tsx';

interface TextInputFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly description?: ReactNode;
  readonly error?: string | null;
  readonly multiline?: boolean;
  readonly isRequired?: boolean;
  readonly maxLength?: number;
  readonly type?: 'text' | 'date';
  readonly autoFocus?: boolean;
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'none';
  readonly className?: string;
  readonly testId?: string;
  readonly onKeyDown?: (event: React.KeyboardEvent) => void;
  readonly inputClassName?: string;
}

/** A labelled text field (or text area) with an optional hint and error, all tied to the input. */
export function TextInputField(props: TextInputFieldProps) {
  const { label, value, onChange, description, error, multiline, isRequired, maxLength, type, autoFocus, autoComplete } = props;
  return (
    <TextField
      className={props.className ? `field ${props.className}` : 'field'}
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isInvalid={Boolean(error)}
      maxLength={maxLength}
      type={type}
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      inputMode={props.inputMode}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      {multiline ? (
        <TextArea className={props.inputClassName ?? 'field-input field-textarea'} data-testid={props.testId} onKeyDown={props.onKeyDown} />
      ) : (
        <Input className={props.inputClassName ?? 'field-input'} data-testid={props.testId} onKeyDown={props.onKeyDown} />
      )}
      <FieldHelp description={description} error={error} />
    </TextField>
  );
}
