import type { Locale } from '../../../domain/localized.ts';
import { REGISTERS } from '../../../domain/registers.ts';
import type { FieldDefinition, RegisterDefinition, RegisterId } from '../../../domain/registerTypes.ts';
import type { WorkshopEntryView } from '../../../protocol/views.ts';
import { formatCalendarDate, type MinutesText } from './minutesText.ts';

/** One register row in the minutes: what it is called, then its filled-in fields by their labels. */
export interface MinutesRecord {
  readonly title: string;
  readonly fields: ReadonlyArray<{ readonly label: string; readonly value: string }>;
}

type Value = WorkshopEntryView['data'][string] | undefined;

const filled = (value: Value): value is string | string[] =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0;

/**
 * The rows of one register as the meeting left them. A fixed row (a role, a piece of advice) is
 * called by its label; another row by its first required field, which is then not repeated.
 */
export function registerRecords(register: RegisterId, entries: readonly WorkshopEntryView[], locale: Locale, text: MinutesText): MinutesRecord[] {
  const definition = REGISTERS[register];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const named = namingField(definition);

  const titleOf = (other: RegisterDefinition, entry: WorkshopEntryView): string | null => {
    const fixed = other.fixedRows.find((row) => row.id === entry.id)?.label[locale];
    if (fixed) return fixed;
    const field = namingField(other);
    return field ? show(field, entry.data[field.id]) : null;
  };

  const show = (field: FieldDefinition, value: Value): string | null => {
    if (!filled(value)) return null;
    const input = field.input;
    const one = (item: string): string => {
      switch (input.kind) {
        case 'choice':
        case 'choices':
          return input.options.find((option) => option.id === item)?.label[locale] ?? item;
        case 'date':
          return formatCalendarDate(item, locale);
        case 'entryRef': {
          const target = byId.get(item);
          return (target && titleOf(REGISTERS[input.register], target)) ?? item;
        }
        case 'text':
          return item.trim();
        default: {
          const unreachable: never = input;
          throw new Error(`unhandled field input ${JSON.stringify(unreachable)}`);
        }
      }
    };
    return typeof value === 'string' ? one(value) : value.map(one).join(', ');
  };

  return entries
    .filter((entry) => entry.register === register)
    .map((entry) => {
      const fixed = definition.fixedRows.some((row) => row.id === entry.id);
      const fields = definition.fields
        .filter((field) => fixed || field !== named)
        .flatMap((field) => {
          const value = show(field, entry.data[field.id]);
          return value === null ? [] : [{ label: field.label[locale], value }];
        });
      return { title: titleOf(definition, entry) ?? text.untitledRow, fields };
    });
}

/** The field that names a row someone added: the first required text, else the first required field. */
function namingField(definition: RegisterDefinition): FieldDefinition | null {
  const required = definition.fields.filter((field) => field.required);
  return required.find((field) => field.input.kind === 'text') ?? required[0] ?? null;
}
