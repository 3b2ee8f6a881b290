import { findTemplate } from '../../../domain/templateRegistry.ts';
import { DEFAULT_VOTE_BUDGET } from '../../../domain/workshopState.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { Locale } from '../../../domain/localized.ts';
import type { ProjectPhaseId } from '../../../domain/projectPhases.ts';
import { DEFAULT_WORKSHOP_OPTIONS } from '../../../domain/workshopOptions.ts';
import { hasReviewStep, loadedReviewEvent } from './workshopActions.ts';
import { loadedEntriesEvents, registersOf } from './workshopRegisters.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import type { WorkshopContext } from './workshopContext.ts';
import { newId, newJoinCode } from './secrets.ts';
import { appendEvents, insertWorkshop, isJoinCodeTaken } from './workshopStore.ts';

const JOIN_CODE_ATTEMPTS = 10;

export interface NewWorkshop {
  /** The caller has checked that the project belongs to this organisation. */
  readonly organisationId: string;
  readonly projectId: string;
  readonly createdBy: string | null;
  readonly title: string;
  readonly templateId: string;
  readonly locale: Locale;
  readonly anonymous: boolean;
  /** For templates that ask which phase they are about; null for all four. */
  readonly phase: ProjectPhaseId | null;
}

/** Creates a workshop of a template in a project and returns its id and join code. */
export async function createWorkshop(
  ctx: WorkshopContext,
  input: NewWorkshop,
): Promise<Result<{ workshopId: string; joinCode: string }, ErrorCode>> {
  const template = findTemplate(input.templateId);
  if (!template) return err('unknown_template');
  const workshopId = newId();
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const joinCode = newJoinCode();
    if (await isJoinCodeTaken(ctx.db, joinCode)) continue;
    try {
      await ctx.db.transaction(async (tx) => {
        await insertWorkshop(tx, {
          id: workshopId,
          organisationId: input.organisationId,
          projectId: input.projectId,
          createdBy: input.createdBy,
          joinCode,
          title: input.title,
          templateId: template.id,
          locale: input.locale,
        });
        // The rows of the project's registers the template fills in travel with the workshop.
        const entries = await loadedEntriesEvents(tx, input, registersOf(template));
        // So do the project's open actions, when the template opens with a review of them.
        const review = hasReviewStep(template) ? [await loadedReviewEvent(tx, input, workshopId)] : [];
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
              options: template.asksForPhase ? { phase: input.phase } : DEFAULT_WORKSHOP_OPTIONS,
            },
            ...entries,
            ...review,
          ],
          ctx.now(),
        );
      });
      return ok({ workshopId, joinCode });
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
