/**
 * The registers a project keeps beyond any one meeting. Their definitions (fields, rows, texts)
 * live in registers.ts; these are the shapes the engine and the wire share.
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
