import type { ReactNode } from 'react';
import { Group, Input, Label, NumberField } from 'react-aria-components';
import { FieldHelp } from './FieldHelp.tsx';

interface WholeNumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly min: number;
  readonly max: number;
  readonly description?: ReactNode;
  /** Shown (and the field marked invalid) when set. */
  readonly error?: string | null;
  readonly testId?: string;
}

/** A labelled whole number between `min` and `max`, with its hint and error tied to the input. */
export function WholeNumberField({ label, value, onChange, min, max, description, error, testId }: WholeNumberFieldProps) {
  return (
    <NumberField
      className="field field-number"
      value={value}
      onChange={onChange}
      minValue={min}
      maxValue={max}
      step={1}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Input className="field-input" data-testid={testId} />
      </Group>
      <FieldHelp description={description} error={error ?? null} />
    </NumberField>
  );
}
