import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../domain/result.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import type { Load } from '../projects/useProject.ts';

/**
 * Asks the server once per key, and again when the page comes back into view, and keeps the answer,
 * with `update` to apply a change the server confirmed without asking again. A reload keeps the old value on screen until the new one comes;
 * an answer for a key no longer wanted is dropped.
 */
export function useFetched<T>(fetcher: () => Promise<Result<T, ApiError>>, key: string) {
  const [state, setState] = useState<{ readonly key: string; readonly load: Load<T> }>({ key, load: { status: 'loading' } });
  const [round, setRound] = useState(0);

  // Only the key (and an asked-for reload) decides when to ask again: the fetcher is the same request.
  useEffect(() => {
    let wanted = true;
    void fetcher().then((result) => {
      if (wanted) setState({ key, load: result.ok ? { status: 'ready', value: result.value } : { status: 'failed', error: result.error } });
    });
    return () => {
      wanted = false;
    };
  }, [key, round]);

  // Registers and actions also change in workshops running elsewhere; coming back to the tab (from
  // the workshop's own tab, say) asks again, so what one reads is what the project holds.
  useEffect(() => {
    const handleVisible = () => {
      if (document.visibilityState === 'visible') setRound((n) => n + 1);
    };
    document.addEventListener('visibilitychange', handleVisible);
    return () => document.removeEventListener('visibilitychange', handleVisible);
  }, []);

  const update = useCallback((change: (value: T) => T) => {
    setState((current) => (current.load.status === 'ready' ? { key: current.key, load: { status: 'ready', value: change(current.load.value) } } : current));
  }, []);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  const load: Load<T> = state.key === key ? state.load : { status: 'loading' };
  return { load, update, reload };
}
