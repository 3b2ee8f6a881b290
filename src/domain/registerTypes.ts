import type { Localized } from './localized.ts';

/**
 * The registers a project keeps beyond any one meeting. Their definitions (fields, rows, texts)
 * live in registerDefinitions.ts, gathered in registers.ts; these are the shapes the engine and the wire share.
 */
export const REGISTER_IDS = ['rolesPlan', 'adviceChecklist', 'taskShifts', 'invisibleWork', 'benefits', 'assumptions'] as const;
export type RegisterId = (typeof REGISTER_IDS)[number];

/** One field's value: free text, one choice, several choices, or nothing yet. */
export type EntryValue = string | readonly string[] | null;
export type EntryData = Readonly<Record<string, EntryValue>>;

/** One row of a register. */
export interface RegisterEntry {
  readonly id: string;
  readonly register: RegisterId;
  /** Sort order within the register; rows the definition provides come first. */
  readonly position: number;
  readonly data: EntryData;
  /** Counts every saved change, so a reader can tell a stale copy from a fresh one. */
  readonly version: number;
}

/**
 * How a register's field is filled in. The web app renders every register from these alone, so a
 * new register is data, like a new template.
 */
export type FieldInput =
  | { readonly kind: 'text'; readonly maxLength: number; readonly multiline: boolean }
  | { readonly kind: 'choice'; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'choices'; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'date' }
  /** A reference to a row of another register (an assumption's benefit). */
  | { readonly kind: 'entryRef'; readonly register: RegisterId };

export interface ChoiceOption {
  readonly id: string;
  readonly label: Localized;
}

export interface FieldDefinition {
  readonly id: string;
  readonly label: Localized;
  /** A line of help under the field: what to write, and, where it matters, what not to. */
  readonly help: Localized | null;
  readonly input: FieldInput;
  /** The field that names the row; a new row must have it. */
  readonly required: boolean;
}

/**
 * A row every copy of the register starts with (the six roles; the ten pieces of advice). It is
 * named by its label, so its fields may all be empty; it can be filled in and cleared, never deleted.
 */
export interface FixedRow {
  readonly id: string;
  readonly label: Localized;
  readonly data: EntryData;
}

export interface RegisterDefinition {
  readonly id: RegisterId;
  readonly name: Localized;
  readonly description: Localized;
  readonly fields: readonly FieldDefinition[];
  readonly fixedRows: readonly FixedRow[];
  /** False when the register is exactly its fixed rows (the ten pieces of advice). */
  readonly rowsCanBeAdded: boolean;
  /** Who may change it on the project page: every member, or those who manage the project. */
  readonly editableBy: 'member' | 'project.manage';
}
