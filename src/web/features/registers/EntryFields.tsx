import { Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import type { FieldDefinition, RegisterId } from '../../../domain/registerTypes.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';
import type { DraftErrors, EntryDraft } from './entryDraft.ts';

/** A row of another register that a reference field can point at. */
export interface RefOption {
  readonly id: string;
  readonly label: string;
}

interface EntryFieldsProps {
  readonly fields: readonly FieldDefinition[];
  readonly draft: EntryDraft;
  readonly errors: DraftErrors;
  readonly onChange: (fieldId: string, value: string | readonly string[]) => void;
  /** The rows a reference field may point at (an assumption's benefit). */
  readonly refOptions: (register: RegisterId) => readonly RefOption[];
}

/** Every field of a register's row, each drawn by its kind of input, with its label, help and error. */
export function EntryFields({ fields, draft, errors, onChange, refOptions }: EntryFieldsProps) {
  return (
    <div className="entry-fields">
      {fields.map((field, index) => (
        <EntryField
          key={field.id}
          field={field}
          value={draft[field.id]}
          errorCode={errors[field.id] ?? null}
          onChange={(value) => onChange(field.id, value)}
          refOptions={refOptions}
          autoFocus={index === 0}
        />
      ))}
    </div>
  );
}

interface EntryFieldProps {
  readonly field: FieldDefinition;
  readonly value: string | readonly string[] | undefined;
  readonly errorCode: DraftErrors[string] | null;
  readonly onChange: (value: string | readonly string[]) => void;
  readonly refOptions: (register: RegisterId) => readonly RefOption[];
  readonly autoFocus: boolean;
}

function EntryField({ field, value, errorCode, onChange, refOptions, autoFocus }: EntryFieldProps) {
  const { t, l, n, error } = useT();
  const label = l(field.label);
  const help = field.help ? l(field.help) : null;
  const input = field.input;
  // The server's own sentences speak of "the first field"; here the field is known, so it is named.
  const message =
    errorCode === 'field_required'
      ? t('registers.fieldRequired', { field: label })
      : errorCode === 'field_too_long' && input.kind === 'text'
        ? t('registers.fieldTooLong', { max: n(input.maxLength) })
        : errorCode
          ? error(errorCode)
          : null;
  const text = typeof value === 'string' ? value : '';
  switch (input.kind) {
    case 'text':
      return (
        <TextInputField
          label={label}
          description={help}
          error={message}
          value={text}
          onChange={onChange}
          multiline={input.multiline}
          maxLength={input.maxLength}
          isRequired={field.required}
          autoFocus={autoFocus}
        />
      );
    case 'date':
      return <TextInputField label={label} description={help} error={message} value={text} onChange={onChange} type="date" isRequired={field.required} autoFocus={autoFocus} />;
    case 'choice':
    case 'entryRef': {
      const options = input.kind === 'choice' ? input.options.map((option) => ({ id: option.id, label: l(option.label) })) : refOptions(input.register);
      // A choice can be taken back: "not set" is an option of its own unless the field is required.
      const withNone = field.required ? options : [{ id: '', label: t('registers.notSet') }, ...options];
      return (
        <RadioGroup className="field radio-group" value={text} onChange={onChange} isRequired={field.required} isInvalid={Boolean(message)} validationBehavior="aria">
          <GroupLabel label={label} help={help} />
          {options.length === 0 ? <p className="muted">{t('registers.nothingToChoose')}</p> : null}
          <div className="radio-column">
            {withNone.map((option) => (
              <Radio key={option.id || 'none'} value={option.id} className="radio" autoFocus={autoFocus && option.id === text}>
                {option.label}
              </Radio>
            ))}
          </div>
          <FieldError className="field-error">{message}</FieldError>
        </RadioGroup>
      );
    }
    case 'choices':
      return (
        <CheckboxGroup className="field" value={typeof value === 'string' ? [] : [...(value ?? [])]} onChange={onChange} isInvalid={Boolean(message)} validationBehavior="aria">
          <GroupLabel label={label} help={help} />
          <div className="checkbox-column">
            {input.options.map((option) => (
              <Checkbox key={option.id} value={option.id} className="checkbox">
                <span className="checkbox-box" aria-hidden="true">
                  <Icon name="check" size={16} />
                </span>
                {l(option.label)}
              </Checkbox>
            ))}
          </div>
          <FieldError className="field-error">{message}</FieldError>
        </CheckboxGroup>
      );
    default: {
      const unreachable: never = input;
      throw new Error(`unhandled field input ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A radio or checkbox group's label and help, tied to the group by react-aria's slots. */
function GroupLabel({ label, help }: { label: string; help: string | null }) {
  return (
    <>
      <Label className="field-label">{label}</Label>
      {help ? (
        <Text slot="description" className="field-description">
          {help}
        </Text>
      ) : null}
    </>
  );
}
