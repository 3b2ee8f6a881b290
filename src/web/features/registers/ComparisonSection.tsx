import type { ComparisonResponse } from '../../../protocol/comparison.ts';
import { useT } from '../../i18n/useT.ts';
import type { Load } from '../projects/useProject.ts';
import { ComparisonView } from './ComparisonView.tsx';
import { LoadedSection } from './LoadedSection.tsx';

export const COMPARISON_SECTION_ID = 'project-comparison';

/** The project page's before/after section around ComparisonView. */
export function ComparisonSection({ load, onRetry }: { load: Load<ComparisonResponse>; onRetry: () => void }) {
  const { t } = useT();
  return (
    <LoadedSection id={COMPARISON_SECTION_ID} title={t('comparisonView.title')} lead={t('comparisonView.lead')} loadingText={t('comparisonView.loading')} load={load} onRetry={onRetry}>
      {(comparison) => <ComparisonView comparison={comparison} />}
    </LoadedSection>
  );
}
