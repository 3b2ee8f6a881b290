import type { DomainErrorCode } from '../../../domain/domainErrors.ts';
import { REGISTERS, fixedEntries, fixedEntryRegister, sameEntryData, validateEntryFields } from '../../../domain/registers.ts';
import type { EntryData, EntryValue, RegisterId } from '../../../domain/registerTypes.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { AppContext } from '../../appContext.ts';
import type { Tx } from '../../db/database.ts';
import { findStoredEntry, lockProject, nextPosition, writeRegisterEntry } from './registerStore.ts';

export interface RegisterScope {
  readonly organisationId: string;
  readonly projectId: string;
  /** Who asks; the route has checked that they may change this register. */
  readonly userId: string;
}

export interface SaveEntryInput {
  readonly register: RegisterId;
  readonly entryId: string;
  readonly fields: Readonly<Record<string, EntryValue>>;
  readonly position?: number | undefined;
}

/** not_found: the organisation has no such project. */
export type SaveOutcome = Result<'saved' | 'unchanged', DomainErrorCode | 'not_found'>;

/** Values that point at other rows (an assumption's benefit) must point at live rows of that register. */
async function refsExist(tx: Tx, scope: RegisterScope, register: RegisterId, before: EntryData | null, after: EntryData): Promise<boolean> {
  for (const field of REGISTERS[register].fields) {
    if (field.input.kind !== 'entryRef') continue;
    const target = after[field.id] ?? null;
    if (typeof target !== 'string' || target === (before?.[field.id] ?? null)) continue;
    const row = await findStoredEntry(tx, scope.organisationId, scope.projectId, target);
    if (!row || row.deleted || row.register !== field.input.register) return false;
  }
  return true;
}

/**
 * Creates or changes a row of a project register from the project page. Only the fields given
 * change. The id is the client's, so a retry finds its own row and, changing nothing, writes
 * nothing: no second revision.
 */
export async function saveRegisterEntry(ctx: Pick<AppContext, 'db' | 'now'>, scope: RegisterScope, input: SaveEntryInput): Promise<SaveOutcome> {
  const { register, entryId } = input;
  const definition = REGISTERS[register];
  return ctx.db.transaction(async (tx): Promise<SaveOutcome> => {
    if (!(await lockProject(tx, scope.organisationId, scope.projectId))) return err('not_found');
    // Ids are unique across a project's registers (a workshop holds rows of several by id alone).
    const fixedIn = fixedEntryRegister(entryId);
    if (fixedIn !== null && fixedIn !== register) return err('entry_exists');
    const stored = await findStoredEntry(tx, scope.organisationId, scope.projectId, entryId);
    if (stored && stored.register !== register) return err('entry_exists');
    if (stored?.deleted) return err('entry_not_found');
    const fixed = fixedIn === register ? fixedEntries(register).find((row) => row.id === entryId) : undefined;
    const current = stored ?? fixed ?? null;
    if (!current && !definition.rowsCanBeAdded) return err('entry_not_found');

    const validated = validateEntryFields(register, input.fields, current?.data ?? null);
    if (!validated.ok) return validated;
    if (!(await refsExist(tx, scope, register, current?.data ?? null, validated.value))) return err('invalid_choice');
    const position = fixed?.position ?? input.position ?? current?.position ?? (await nextPosition(tx, scope.organisationId, scope.projectId, register));
    if (current && position === current.position && sameEntryData(current.data, validated.value)) return ok('unchanged');

    await writeRegisterEntry(tx, {
      organisationId: scope.organisationId,
      projectId: scope.projectId,
      entry: { id: entryId, register, position, data: validated.value, version: (stored?.version ?? 0) + 1 },
      deleted: false,
      userId: scope.userId,
      workshopId: null,
      at: new Date(ctx.now()),
    });
    return ok('saved');
  });
}
