import type { ApiError } from '../api/apiRequest.ts';
import { useT } from '../i18n/useT.ts';

/**
 * Why a request failed, in the sentence for its error code, as an alert so that screen readers
 * hear it at once; nothing while there is no failure.
 */
export function FailureMessage({ failure }: { failure: ApiError | null }) {
  const { error } = useT();
  return failure ? (
    <p className="form-error" role="alert">
      {error(failure)}
    </p>
  ) : null;
}
