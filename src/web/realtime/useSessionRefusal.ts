import { useEffect } from 'react';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import type { ClientState } from './clientState.ts';
import { forgetBoardCopy } from './credentials.ts';
import { browserStore } from './localStore.ts';

/** The failures that mean "sign in (as someone allowed)" rather than "this cannot work". */
export function needsSignIn(code: ErrorCode | 'network' | null): boolean {
  return code === 'unauthorized' || code === 'signed_out';
}

/**
 * True when the server refused the session of this facilitator or projector page. The board copy
 * kept on this device goes at once: a shared computer should not keep what its last user saw.
 */
export function useSessionRefusal(state: ClientState, workshopId: string, viewerKey: string): boolean {
  const refused = state.status === 'failed' && needsSignIn(state.failure);
  useEffect(() => {
    if (refused) forgetBoardCopy(browserStore(), workshopId, viewerKey);
  }, [refused, workshopId, viewerKey]);
  return refused;
}
