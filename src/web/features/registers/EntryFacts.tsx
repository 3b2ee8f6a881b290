import type { RegisterDefinition } from '../../../domain/registerTypes.ts';
import type { EntryView } from '../../../protocol/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { isEmptyValue } from './entryText.ts';
import { FieldValue } from './RegisterEditor.tsx';
import type { RegistersScope } from './registersScope.ts';

interface EntryFactsProps {
  readonly definition: RegisterDefinition;
  readonly entry: EntryView;
  readonly scope: RegistersScope;
  /** Fields the card shows elsewhere (its title, the benefit it sits under). */
  readonly leaveOut: readonly string[];
}

/** A row's filled-in fields as label and value, for a card; nothing when none is filled in. */
export function EntryFacts({ definition, entry, scope, leaveOut }: EntryFactsProps) {
  const { l } = useT();
  const shown = definition.fields.filter((field) => !leaveOut.includes(field.id) && !isEmptyValue(entry.data[field.id]));
  if (shown.length === 0) return null;
  return (
    <dl className="entry-facts">
      {shown.map((field) => (
        <div key={field.id} className="entry-fact">
          <dt>{l(field.label)}</dt>
          <dd>
            <FieldValue field={field} entry={entry} scope={scope} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
