import type { EntryData, FieldDefinition, RegisterDefinition } from '../../../domain/registerTypes.ts';
import type { SaveEntryBody } from '../../../protocol/registers.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import { isEmptyValue } from './entryText.ts';

/** A row being edited: every field as a form holds it ('' for nothing, a list for several choices). */
export type EntryDraft = Readonly<Record<string, string | readonly string[]>>;

/** The refusals a field can show beside itself; the same codes the server gives. */
export type FieldErrorCode = Extract<ErrorCode, 'field_required' | 'field_too_long' | 'invalid_choice'>;
export type DraftErrors = Readonly<Partial<Record<string, FieldErrorCode>>>;

const emptyOf = (field: FieldDefinition): string | readonly string[] => (field.input.kind === 'choices' ? [] : '');

/** The form's starting values for a row (or for a new one: data null). */
export function draftOf(definition: RegisterDefinition, data: EntryData | null): EntryDraft {
  const draft: Record<string, string | readonly string[]> = {};
  for (const field of definition.fields) {
    const value = data?.[field.id];
    if (field.input.kind === 'choices') draft[field.id] = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
    else draft[field.id] = typeof value === 'string' ? value : (value?.[0] ?? '');
  }
  return draft;
}

type WireValue = SaveEntryBody['fields'][string];

/** The form's value as the wire carries it: trimmed text, and null for nothing. */
function wireValue(field: FieldDefinition, value: string | readonly string[] | undefined): WireValue {
  if (value === undefined) return null;
  if (typeof value !== 'string') return value.length === 0 ? null : [...value];
  const text = field.input.kind === 'text' ? value.trim() : value;
  return text === '' ? null : text;
}

const sameWire = (a: WireValue, b: WireValue): boolean =>
  typeof a === 'string' || typeof b === 'string' || a === null || b === null
    ? a === b
    : a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * What to send for a save: only the fields that differ from the stored row (every filled-in field
 * for a new row), so two people changing different fields of one row do not undo each other.
 */
export function fieldsToSave(definition: RegisterDefinition, stored: EntryData | null, draft: EntryDraft): SaveEntryBody['fields'] {
  const fields: Record<string, WireValue> = {};
  for (const field of definition.fields) {
    const next = wireValue(field, draft[field.id]);
    const before = stored ? wireValue(field, draftOf(definition, stored)[field.id]) : null;
    if (!sameWire(next, before)) fields[field.id] = next;
  }
  return fields;
}

/**
 * The checks the server makes, made first here so that the reason stands beside its field at once.
 * A required field binds a new row, and a saved row once it has been filled (a fixed row is named
 * by its label, so it may leave the field empty).
 */
export function validateDraft(definition: RegisterDefinition, stored: EntryData | null, draft: EntryDraft): DraftErrors {
  const errors: Record<string, FieldErrorCode> = {};
  for (const field of definition.fields) {
    const value = draft[field.id] ?? emptyOf(field);
    const empty = typeof value === 'string' ? value.trim() === '' : value.length === 0;
    if (field.required && empty && (stored === null || !isEmptyValue(stored[field.id]))) {
      errors[field.id] = 'field_required';
      continue;
    }
    const input = field.input;
    if (input.kind === 'text' && typeof value === 'string' && value.trim().length > input.maxLength) errors[field.id] = 'field_too_long';
    if (input.kind === 'choice' || input.kind === 'choices') {
      const chosen = typeof value === 'string' ? (value ? [value] : []) : value;
      if (chosen.some((id) => !input.options.some((option) => option.id === id))) errors[field.id] = 'invalid_choice';
    }
  }
  return errors;
}

const FIELD_ERROR_CODES: readonly FieldErrorCode[] = ['field_required', 'field_too_long', 'invalid_choice'];

/** Whether a refusal is about one field's value, to be shown beside that field. */
export function isFieldErrorCode(code: ErrorCode | 'network'): code is FieldErrorCode {
  return FIELD_ERROR_CODES.some((fieldCode) => fieldCode === code);
}

/** The fields each refusal can be about (the server refuses a malformed date or reference as invalid_choice). */
const CAN_BE_ABOUT: Readonly<Record<FieldErrorCode, (field: FieldDefinition) => boolean>> = {
  field_required: (field) => field.required,
  field_too_long: (field) => field.input.kind === 'text',
  invalid_choice: (field) => field.input.kind !== 'text',
};

/**
 * Which field a refusal from the server belongs beside. The server names the reason, not the field,
 * so this picks the field the same check flags here, else the only field the reason can be about;
 * null leaves it under the form.
 */
export function fieldOfRefusal(definition: RegisterDefinition, stored: EntryData | null, draft: EntryDraft, code: FieldErrorCode): string | null {
  const local = validateDraft(definition, stored, draft);
  const flagged = definition.fields.find((field) => local[field.id] === code);
  if (flagged) return flagged.id;
  const candidates = definition.fields.filter(CAN_BE_ABOUT[code]);
  return candidates.length === 1 ? (candidates[0]?.id ?? null) : null;
}
