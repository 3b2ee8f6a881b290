import type { ReactNode } from 'react';
import { FieldError, Text } from 'react-aria-components';

/**
 * What goes under a react-aria text field's input: its hint, when it has one, and its error.
 * The field around it ties both to the input (aria-describedby), so both are read with it.
 */
export function FieldHelp({ description, error }: { description?: ReactNode; error?: string | null }) {
  return (
    <>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </>
  );
}
