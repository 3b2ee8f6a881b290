import { Button } from 'react-aria-components';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { FailureMessage } from '../../ui/FailureMessage.tsx';

/** Why something could not be loaded, and a button to ask again. */
export function LoadFailure({ failure, onRetry }: { failure: ApiError; onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="load-failure">
      <FailureMessage failure={failure} />
      <Button className="button" onPress={onRetry}>
        {t('registers.retry')}
      </Button>
    </div>
  );
}
