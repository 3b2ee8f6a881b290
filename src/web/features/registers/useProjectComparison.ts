import type { ComparisonResponse } from '../../../protocol/comparison.ts';
import { registersApi } from '../../api/registersApi.ts';
import { useFetched } from './useFetched.ts';

/** The project's before/after comparison per trait, for ComparisonView; `reload` asks again. */
export function useProjectComparison(organisationId: string, projectId: string) {
  const { load, reload } = useFetched<ComparisonResponse>(() => registersApi.comparison(organisationId, projectId), `${organisationId}/${projectId}`);
  return { load, reload };
}
