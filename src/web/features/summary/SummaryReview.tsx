import type { StepDefinition } from '../../../domain/template.ts';
import type { ReviewItemView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { ReviewList } from '../workshopSteps/ReviewList.tsx';

/** A review step in the minutes: what the meeting decided about each open action it went through. */
export function SummaryReview({ step, review }: { step: StepDefinition; review: readonly ReviewItemView[] }) {
  const { l } = useT();
  return (
    <div className="summary-section">
      <ReviewList items={review} variant="minutes" headingLevel={2} title={l(step.title)} />
    </div>
  );
}
