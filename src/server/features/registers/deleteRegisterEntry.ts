import type { DomainErrorCode } from '../../../domain/domainErrors.ts';
import { isFixedEntry } from '../../../domain/registers.ts';
import type { RegisterId } from '../../../domain/registerTypes.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { AppContext } from '../../appContext.ts';
import { findStoredEntry, lockProject, writeRegisterEntry } from './registerStore.ts';
import type { RegisterScope } from './saveRegisterEntry.ts';

/**
 * Deletes a row of a project register. The row stays stored, marked deleted, so its history can
 * still be read; deleting it again changes nothing. The rows the register's definition provides
 * cannot be deleted, only cleared.
 */
export async function deleteRegisterEntry(
  ctx: Pick<AppContext, 'db' | 'now'>,
  scope: RegisterScope,
  register: RegisterId,
  entryId: string,
): Promise<Result<'deleted' | 'unchanged', DomainErrorCode | 'not_found'>> {
  if (isFixedEntry(register, entryId)) return err('entry_is_fixed');
  return ctx.db.transaction(async (tx) => {
    if (!(await lockProject(tx, scope.organisationId, scope.projectId))) return err('not_found');
    const stored = await findStoredEntry(tx, scope.organisationId, scope.projectId, entryId);
    if (!stored || stored.register !== register) return err('entry_not_found');
    if (stored.deleted) return ok('unchanged');
    const { deleted: _deleted, ...entry } = stored;
    await writeRegisterEntry(tx, {
      organisationId: scope.organisationId,
      projectId: scope.projectId,
      entry: { ...entry, version: entry.version + 1 },
      deleted: true,
      userId: scope.userId,
      workshopId: null,
      at: new Date(ctx.now()),
    });
    return ok('deleted');
  });
}
