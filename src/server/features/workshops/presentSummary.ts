import { categoriesOf } from '../../../domain/categories.ts';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopState } from '../../../domain/workshopState.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import { isVisibleTo, presentAction, presentEntry, presentGroup, presentNote, presentReviewItem, presentWorkshop, reviewOrder, type Audience } from './presentWorkshop.ts';

/** The workshop for the minutes: per step and category its notes with counts, then the actions. */
export function presentSummary(state: WorkshopState, template: TemplateDefinition, audience: Audience): SummaryResponse {
  const notes = [...state.notes.values()];
  const steps = template.steps
    .filter((step) => step.categorySet !== null)
    .map((step) => {
      const ofStep = notes.filter((n) => n.stepId === step.id);
      const visible = ofStep.filter((n) => isVisibleTo(n, audience));
      const categories = categoriesOf(step.categorySet ?? 'traits', state.options).map((category) => {
        const inCategory = visible
          .filter((n) => n.category === category.id)
          .sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt);
        const counts: Record<string, number> = Object.fromEntries(step.noteKinds.map((k) => [k, 0]));
        for (const note of inCategory) counts[note.kind] = (counts[note.kind] ?? 0) + 1;
        return { category: category.id, counts, notes: inCategory.map((n) => presentNote(n, state)) };
      });
      return {
        stepId: step.id,
        categories,
        groups: [...state.groups.values()].filter((g) => g.stepId === step.id).map(presentGroup),
        hiddenCount: ofStep.filter((n) => n.hidden).length,
      };
    });
  return {
    workshop: presentWorkshop(state),
    steps,
    actions: [...state.actions.values()].sort((a, b) => a.createdAt - b.createdAt).map(presentAction),
    // The register rows as the meeting left them.
    entries: [...state.entries.values()].sort((a, b) => a.position - b.position).map(presentEntry),
    review: [...state.review.values()].sort(reviewOrder).map(presentReviewItem),
  };
}
