import type { DomainErrorCode } from '../../../domain/domainErrors.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { AppContext } from '../../appContext.ts';
import { addSelfName, findStoredEntry, lockProject, removeSelfName } from './registerStore.ts';
import type { RegisterScope } from './saveRegisterEntry.ts';

/**
 * A member says that they do a piece of invisible work themselves, or takes it back. Only ever
 * about the person asking: the register's help asks for staff groups, never colleagues' names.
 */
export async function nameSelf(
  ctx: Pick<AppContext, 'db' | 'now'>,
  scope: RegisterScope,
  entryId: string,
  doesIt: boolean,
): Promise<Result<'done', DomainErrorCode | 'not_found'>> {
  return ctx.db.transaction(async (tx) => {
    if (!(await lockProject(tx, scope.organisationId, scope.projectId))) return err('not_found');
    const entry = await findStoredEntry(tx, scope.organisationId, scope.projectId, entryId);
    if (!entry || entry.deleted || entry.register !== 'invisibleWork') return err('entry_not_found');
    if (doesIt) await addSelfName(tx, scope.organisationId, scope.projectId, entryId, scope.userId, new Date(ctx.now()));
    else await removeSelfName(tx, scope.organisationId, scope.projectId, entryId, scope.userId);
    return ok('done');
  });
}
