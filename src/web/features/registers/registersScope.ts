import type { Locale } from '../../../domain/localized.ts';
import { REGISTERS } from '../../../domain/registers.ts';
import type { RegisterDefinition, RegisterId } from '../../../domain/registerTypes.ts';
import type { EntryView, ProjectRegistersResponse } from '../../../protocol/registers.ts';
import { rowTitle, type RefTitle } from './entryText.ts';
import type { RefOption } from './EntryFields.tsx';
import { registerView } from './registersState.ts';

/** What every part of the registers on the project page needs: where they live, how rows are named, and where changes go. */
export interface RegistersScope {
  readonly organisationId: string;
  readonly projectId: string;
  /** The organisation's threshold below which counts are not shown. */
  readonly minGroupSize: number;
  /** A row's name in the reader's language; null while unnamed. */
  readonly rowTitle: (definition: RegisterDefinition, entry: Pick<EntryView, 'id' | 'data'>) => string | null;
  readonly refTitle: RefTitle;
  /** The rows a reference field may point at, by name. */
  readonly refOptions: (register: RegisterId, locale: Locale) => readonly RefOption[];
  readonly onSaved: (entry: EntryView) => void;
  readonly onRemoved: (register: RegisterId, entryId: string) => void;
  /** Asks for every register again, when a change answers with nothing to show. */
  readonly reload: () => void;
}

interface ScopeInput {
  readonly organisationId: string;
  readonly projectId: string;
  readonly registers: ProjectRegistersResponse;
  readonly locale: Locale;
  readonly onSaved: (entry: EntryView) => void;
  readonly onRemoved: (register: RegisterId, entryId: string) => void;
  readonly reload: () => void;
}

/** The scope for one load of the registers, in one language. */
export function registersScope({ organisationId, projectId, registers, locale, onSaved, onRemoved, reload }: ScopeInput): RegistersScope {
  const refTitle: RefTitle = (register, entryId) => {
    const entry = registerView(registers, register).entries.find((e) => e.id === entryId);
    // A referenced row names itself by its own fields; references do not chain further.
    return entry ? rowTitle(REGISTERS[register], entry.id, entry.data, locale, () => null) : null;
  };
  return {
    organisationId,
    projectId,
    minGroupSize: registers.minGroupSize,
    refTitle,
    rowTitle: (definition, entry) => rowTitle(definition, entry.id, entry.data, locale, refTitle),
    refOptions: (register, optionLocale) =>
      registerView(registers, register).entries.map((entry) => ({
        id: entry.id,
        label: rowTitle(REGISTERS[register], entry.id, entry.data, optionLocale, () => null) ?? entry.id,
      })),
    onSaved,
    onRemoved,
    reload,
  };
}
