import { findTemplate } from '../../../domain/templateRegistry.ts';
import { DEFAULT_VOTE_BUDGET } from '../../../domain/workshopState.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import type { CreateWorkshopBody, CreateWorkshopResponse } from '../../../protocol/http.ts';
import type { WorkshopContext } from './workshopContext.ts';
import { hashSecret, newId, newJoinCode, newSecret } from './secrets.ts';
import { appendEvents, insertWorkshop, isJoinCodeTaken } from './workshopStore.ts';

const JOIN_CODE_ATTEMPTS = 10;

/** Creates a workshop of a template and returns its join code and the facilitator's secret key. */
export async function createWorkshop(
  ctx: WorkshopContext,
  input: CreateWorkshopBody,
): Promise<Result<CreateWorkshopResponse, ErrorCode>> {
  const template = findTemplate(input.templateId);
  if (!template) return err('unknown_template');
  const workshopId = newId();
  const facilitatorKey = newSecret('kf');
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const joinCode = newJoinCode();
    if (await isJoinCodeTaken(ctx.db, joinCode)) continue;
    try {
      await ctx.db.transaction(async (tx) => {
        await insertWorkshop(tx, {
          id: workshopId,
          joinCode,
          title: input.title,
          templateId: template.id,
          locale: input.locale,
          facilitatorKeyHash: hashSecret(facilitatorKey),
        });
        await appendEvents(
          tx,
          workshopId,
          0,
          [
            {
              type: 'workshop.created',
              workshopId,
              title: input.title,
              templateId: template.id,
              locale: input.locale,
              joinCode,
              settings: {
                anonymous: input.anonymous,
                privateWriting: false,
                showAuthors: false,
                voteBudget: DEFAULT_VOTE_BUDGET,
              },
            },
          ],
          ctx.now(),
        );
      });
      return ok({ workshopId, joinCode, facilitatorKey });
    } catch (error) {
      // Two workshops drew the same code at the same moment: draw again.
      if (isUniqueViolation(error)) continue;
      throw error;
    }
  }
  throw new Error('could not find a free join code');
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code
    ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === '23505';
}
