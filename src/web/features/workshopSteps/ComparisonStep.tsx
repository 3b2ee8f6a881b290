import { Button } from 'react-aria-components';
import { ComparisonResponseSchema, type ComparisonResponse } from '../../../protocol/comparison.ts';
import { apiRequest } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { ComparisonView } from '../registers/ComparisonView.tsx';
import { useFetched } from '../registers/useFetched.ts';

interface ComparisonStepProps {
  readonly workshopId: string;
  /** A guest's device token, sent as a bearer token; members (facilitator, projector) go by their session. */
  readonly participantToken: string | null;
  /** Offer to ask again (not on the projector, where no one presses anything). */
  readonly canRefresh?: boolean;
  /** A panel with its own visible heading, beside the facilitator's other panels. */
  readonly panel?: boolean;
}

/** The project's before/after comparison as this workshop's viewer may read it. */
function fetchComparison(workshopId: string, participantToken: string | null) {
  return apiRequest(`/api/workshops/${encodeURIComponent(workshopId)}/comparison`, ComparisonResponseSchema, participantToken ? { token: participantToken } : {});
}

/**
 * A comparison step: what was expected before the system against what was experienced after it,
 * per trait; below the anonymity threshold, the sentence saying why nothing is shown.
 */
export function ComparisonStep({ workshopId, participantToken, canRefresh, panel }: ComparisonStepProps) {
  const { t, error } = useT();
  const { load, reload } = useFetched<ComparisonResponse>(() => fetchComparison(workshopId, participantToken), `${workshopId}|${participantToken ?? ''}`);
  return (
    <section className={panel ? 'panel comparison-step' : 'comparison-step'} aria-labelledby="comparison-step-heading" aria-busy={load.status === 'loading'}>
      <h2 id="comparison-step-heading" className={panel ? 'panel-title' : 'visually-hidden'}>
        {t('comparisonStep.title')}
      </h2>
      <div role="status">{load.status === 'loading' ? <p className="muted">{t('comparisonStep.loading')}</p> : null}</div>
      {load.status === 'failed' ? <p role="alert">{error(load.error)}</p> : null}
      {load.status === 'ready' ? <ComparisonView comparison={load.value} /> : null}
      {canRefresh && load.status !== 'loading' ? (
        <Button className="button" onPress={reload}>
          {t('comparisonStep.refresh')}
        </Button>
      ) : null}
    </section>
  );
}
