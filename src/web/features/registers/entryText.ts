import type { Locale } from '../../../domain/localized.ts';
import type { EntryData, EntryValue, FieldDefinition, RegisterDefinition, RegisterId } from '../../../domain/registerTypes.ts';
import { formatDueDate } from '../../ui/actionText.ts';

/** Finds the title of a row in another register (an assumption's benefit); null when it is gone. */
export type RefTitle = (register: RegisterId, entryId: string) => string | null;

const isEmpty = (value: EntryValue | undefined): boolean =>
  value === undefined || value === null || (typeof value === 'string' ? value.trim() === '' : value.length === 0);

/** Whether a field holds nothing yet (no text, no choice, no date). */
export function isEmptyValue(value: EntryValue | undefined): boolean {
  return isEmpty(value);
}

/** One field's value as a reader sees it: choices by their label, dates in the local style; null when empty. */
export function displayValue(field: FieldDefinition, value: EntryValue | undefined, locale: Locale, refTitle: RefTitle): string | null {
  if (value === undefined || isEmpty(value)) return null;
  const input = field.input;
  const one = (id: string): string => {
    switch (input.kind) {
      case 'choice':
      case 'choices':
        return input.options.find((option) => option.id === id)?.label[locale] ?? id;
      case 'date':
        return formatDueDate(id, locale) ?? id;
      case 'entryRef':
        return refTitle(input.register, id) ?? id;
      case 'text':
        return id;
      default: {
        const unreachable: never = input;
        throw new Error(`unhandled field input ${JSON.stringify(unreachable)}`);
      }
    }
  };
  if (typeof value === 'string') return one(value.trim());
  if (value === null) return null;
  return new Intl.ListFormat(locale === 'da' ? 'da-DK' : 'en-GB', { type: 'conjunction' }).format(value.map(one));
}

/**
 * The field that names a row a member added: the first required text (an assumption is named by
 * what it assumes, not by the benefit it points at), else the first required field; none where
 * every row is fixed.
 */
export function titleField(definition: RegisterDefinition): FieldDefinition | null {
  const required = definition.fields.filter((field) => field.required);
  return required.find((field) => field.input.kind === 'text') ?? required[0] ?? null;
}

/** The label a fixed row (one of the six roles, one of the ten pieces of advice) is named by; null for other rows. */
export function fixedRowLabel(definition: RegisterDefinition, entryId: string, locale: Locale): string | null {
  return definition.fixedRows.find((row) => row.id === entryId)?.label[locale] ?? null;
}

/** What a row is called in lists, buttons and dialog titles: its fixed label, else its title field; null while unnamed. */
export function rowTitle(definition: RegisterDefinition, entryId: string, data: EntryData, locale: Locale, refTitle: RefTitle): string | null {
  const fixed = fixedRowLabel(definition, entryId, locale);
  if (fixed) return fixed;
  const field = titleField(definition);
  return field ? displayValue(field, data[field.id], locale, refTitle) : null;
}

export interface FieldChange {
  readonly field: FieldDefinition;
  readonly before: EntryValue;
  readonly after: EntryValue;
}

const sameValue = (a: EntryValue | undefined, b: EntryValue | undefined): boolean => {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (!a || !b) return false;
  return a.length === b.length && a.every((item, index) => item === b[index]);
};

/**
 * The fields one revision changed against the one before it, in the register's field order.
 * The first revision (no previous) lists every field it filled in.
 */
export function revisionChanges(definition: RegisterDefinition, previous: EntryData | null, next: EntryData): FieldChange[] {
  return definition.fields
    .filter((field) => !sameValue(previous?.[field.id], next[field.id]))
    .map((field) => ({ field, before: previous?.[field.id] ?? null, after: next[field.id] ?? null }));
}
