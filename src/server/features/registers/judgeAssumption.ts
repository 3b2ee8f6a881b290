import type { DomainErrorCode } from '../../../domain/domainErrors.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Verdict } from '../../../protocol/registers.ts';
import type { AppContext } from '../../appContext.ts';
import { appendJudgement, findStoredEntry, listCurrentJudgements, lockProject } from './registerStore.ts';
import type { RegisterScope } from './saveRegisterEntry.ts';

/**
 * A member's judgement of an assumption: realistic, doubtful or unrealistic, always with a reason.
 * Every judgement is kept; the member's newest is the one that counts. Sending the same judgement
 * again (a retry) adds nothing.
 */
export async function judgeAssumption(
  ctx: Pick<AppContext, 'db' | 'now'>,
  scope: RegisterScope,
  entryId: string,
  judgement: { verdict: Verdict; reason: string },
): Promise<Result<'judged' | 'unchanged', DomainErrorCode | 'not_found'>> {
  const reason = judgement.reason.trim();
  if (reason === '') return err('reason_required');
  return ctx.db.transaction(async (tx) => {
    if (!(await lockProject(tx, scope.organisationId, scope.projectId))) return err('not_found');
    const entry = await findStoredEntry(tx, scope.organisationId, scope.projectId, entryId);
    if (!entry || entry.deleted || entry.register !== 'assumptions') return err('entry_not_found');
    const current = (await listCurrentJudgements(tx, scope.organisationId, scope.projectId, entryId)).find((j) => j.userId === scope.userId);
    if (current && current.verdict === judgement.verdict && current.reason === reason) return ok('unchanged');
    await appendJudgement(tx, { ...scope, entryId, verdict: judgement.verdict, reason, at: new Date(ctx.now()) });
    return ok('judged');
  });
}
