import { adviceChecklist, assumptions, benefits, invisibleWork, rolesPlan, taskShifts } from './registerDefinitions.ts';
import type { EntryData, EntryValue, FieldDefinition, RegisterDefinition, RegisterEntry, RegisterId } from './registerTypes.ts';
import type { DomainErrorCode } from './domainErrors.ts';
import { err, ok, type Result } from './result.ts';
import type { Permission } from './roles.ts';

/** Every register a project keeps, by id. */
export const REGISTERS: Readonly<Record<RegisterId, RegisterDefinition>> = {
  rolesPlan,
  adviceChecklist,
  taskShifts,
  invisibleWork,
  benefits,
  assumptions,
};

/** The permission that lets a member change a register outside a workshop. */
export function editPermission(register: RegisterId): Permission {
  return REGISTERS[register].editableBy === 'member' ? 'project.read' : 'project.manage';
}

/** Every field of the register, empty. Stored rows always carry every field, so copies compare. */
function emptyData(definition: RegisterDefinition): Record<string, EntryValue> {
  return Object.fromEntries(definition.fields.map((f) => [f.id, null]));
}

/** The rows a register starts with, before anyone has saved them: version 0, positions 0..n-1. */
export function fixedEntries(register: RegisterId): RegisterEntry[] {
  const definition = REGISTERS[register];
  return definition.fixedRows.map((row, position) => ({
    id: row.id,
    register,
    position,
    data: { ...emptyData(definition), ...row.data },
    version: 0,
  }));
}

export function isFixedEntry(register: RegisterId, entryId: string): boolean {
  return REGISTERS[register].fixedRows.some((row) => row.id === entryId);
}

/** The register whose fixed rows include this id, if any: ids are unique across a project's registers. */
export function fixedEntryRegister(entryId: string): RegisterId | null {
  for (const definition of Object.values(REGISTERS)) {
    if (definition.fixedRows.some((row) => row.id === entryId)) return definition.id;
  }
  return null;
}

const ENTRY_REF = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEmpty(value: EntryValue): boolean {
  return value === null || value.length === 0;
}

function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** One value from a closed set (an option, a date, a row id): '' clears it. */
function oneValue(value: unknown, accepts: (text: string) => boolean): Result<EntryValue, DomainErrorCode> {
  if (typeof value !== 'string') return err('invalid_choice');
  if (value === '') return ok(null);
  return accepts(value) ? ok(value) : err('invalid_choice');
}

/**
 * One field's value, normalised: text trimmed, choices in the definition's order without repeats,
 * and anything empty as null, so that "cleared" has one spelling. A value of the wrong shape (a
 * list for a text, a text for a multiple choice) is refused as invalid_choice.
 */
function normaliseValue(definition: FieldDefinition, value: unknown): Result<EntryValue, DomainErrorCode> {
  if (value === null || value === undefined) return ok(null);
  const input = definition.input;
  switch (input.kind) {
    case 'text': {
      if (typeof value !== 'string') return err('invalid_choice');
      const text = value.trim();
      if (text.length > input.maxLength) return err('field_too_long');
      return ok(text === '' ? null : text);
    }
    case 'choice':
      return oneValue(value, (text) => input.options.some((o) => o.id === text));
    case 'choices': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return err('invalid_choice');
      const chosen = new Set<unknown>(value);
      if ([...chosen].some((v) => !input.options.some((o) => o.id === v))) return err('invalid_choice');
      const ordered = input.options.filter((o) => chosen.has(o.id)).map((o) => o.id);
      return ok(ordered.length === 0 ? null : ordered);
    }
    case 'date':
      return oneValue(value, isValidDate);
    case 'entryRef':
      return oneValue(value, (text) => ENTRY_REF.test(text));
    default: {
      const unreachable: never = input;
      throw new Error(`unknown field input ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Checks a change to one row and returns the row's whole data after it: only the fields given
 * change, the rest stay as in `existing` (null for a new row). A new row must have its required
 * fields; a saved row may not have one emptied. Fixed rows are named by their label, so a
 * required field only binds them once it has been filled. Whether an entryRef points at a row
 * that exists is for the caller, who can see the other register.
 */
export function validateEntryFields(
  register: RegisterId,
  fields: Readonly<Record<string, unknown>>,
  existing: EntryData | null,
): Result<EntryData, DomainErrorCode> {
  const definition = REGISTERS[register];
  const merged: Record<string, EntryValue> = emptyData(definition);
  for (const f of definition.fields) {
    const before = existing?.[f.id];
    if (before !== undefined) merged[f.id] = before;
  }
  for (const [id, value] of Object.entries(fields)) {
    const definitionOfField = definition.fields.find((f) => f.id === id);
    if (!definitionOfField) return err('unknown_field');
    const normalised = normaliseValue(definitionOfField, value);
    if (!normalised.ok) return normalised;
    merged[id] = normalised.value;
  }
  for (const f of definition.fields) {
    if (!f.required) continue;
    const value = merged[f.id] ?? null;
    const wasFilled = existing !== null && !isEmpty(existing[f.id] ?? null);
    if (isEmpty(value) && (existing === null || wasFilled)) return err('field_required');
  }
  return ok(merged);
}

/** Whether two rows' data say the same thing (a save that changes nothing writes nothing). */
export function sameEntryData(a: EntryData, b: EntryData): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key] ?? null;
    const y = b[key] ?? null;
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
  }
  return true;
}

/** A row's data with mutable lists, as the wire's schemas and the commands spell it. */
export function entryDataToWire(data: EntryData): Record<string, string | string[] | null> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' || value === null ? value : [...value]]));
}
