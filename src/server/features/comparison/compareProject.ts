import { compareTraits, type ComparisonSideInput } from '../../../domain/comparison.ts';
import type { ComparisonSide } from '../../../domain/template.ts';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { ComparisonResponse } from '../../../protocol/comparison.ts';
import type { WorkshopContext } from '../workshops/workshopContext.ts';
import { listProjectWorkshops } from '../projects/projectStore.ts';
import { countContributors } from '../workshops/workshopStore.ts';

type ProjectWorkshop = Awaited<ReturnType<typeof listProjectWorkshops>>[number];

/** Which side of the comparison a workshop feeds, by its template. */
export function sideOf(workshop: { readonly templateId: string }): ComparisonSide | null {
  return findTemplate(workshop.templateId)?.comparison ?? null;
}

/** The notes of a workshop's counted step and how many people wrote them (on devices and on paper). */
export async function sideInput(ctx: WorkshopContext, workshop: { readonly id: string }, side: ComparisonSide): Promise<ComparisonSideInput | null> {
  const room = await ctx.rooms.get(workshop.id);
  if (!room) return null;
  const notes = [...room.state.notes.values()].filter((n) => n.stepId === side.stepId);
  // Guests who wrote from their devices, plus those who wrote on paper for the facilitator to type.
  const onPaper = room.state.paperHeadcounts.get(side.stepId) ?? 0;
  return { notes, contributors: (await countContributors(ctx.db, workshop.id, side.stepId)) + onPaper };
}

/**
 * The before/after comparison of a project: the newest workshop that looked ahead (the compass)
 * against the newest that looked back (the status after), or against `focusId` when that workshop
 * takes part in the comparison. When the focus looks back, the expectations are the newest made
 * before it, so a later compass for the next system does not count against this one.
 */
export async function compareProject(
  ctx: WorkshopContext,
  organisationId: string,
  projectId: string,
  minGroupSize: number,
  focusId: string | null,
): Promise<ComparisonResponse> {
  // Newest first.
  const workshops = await listProjectWorkshops(ctx.db, organisationId, projectId);
  const focus = workshops.find((w) => w.id === focusId && sideOf(w) !== null);
  const newest = (side: 'expected' | 'experienced', before?: Date) =>
    workshops.find((w) => sideOf(w)?.side === side && (!before || w.createdAt <= before));
  const experiencedWorkshop = focus && sideOf(focus)?.side === 'experienced' ? focus : newest('experienced');
  const expectedWorkshop =
    focus && sideOf(focus)?.side === 'expected'
      ? focus
      : (newest('expected', experiencedWorkshop?.createdAt) ?? newest('expected'));

  const expectedSide = expectedWorkshop ? sideOf(expectedWorkshop) : null;
  const experiencedSide = experiencedWorkshop ? sideOf(experiencedWorkshop) : null;
  const expected = expectedWorkshop && expectedSide ? await sideInput(ctx, expectedWorkshop, expectedSide) : null;
  const experienced = experiencedWorkshop && experiencedSide ? await sideInput(ctx, experiencedWorkshop, experiencedSide) : null;
  const result = compareTraits(expected, experienced, minGroupSize);
  const view = (w: ProjectWorkshop | undefined, input: ComparisonSideInput | null) =>
    w && input ? { workshopId: w.id, title: w.title, contributors: input.contributors } : null;
  return {
    expected: view(expectedWorkshop, expected),
    experienced: view(experiencedWorkshop, experienced),
    minGroupSize,
    traits: result.shown ? result.traits.map((t) => ({ ...t })) : null,
    hiddenReason: result.shown ? null : result.reason,
  };
}
