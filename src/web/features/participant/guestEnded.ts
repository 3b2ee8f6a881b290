import type { Result } from '../../../domain/result.ts';
import type { WorkshopLookupResponse } from '../../../protocol/http.ts';
import type { WorkshopView } from '../../../protocol/views.ts';
import type { ApiError } from '../../api/apiRequest.ts';

/** What this device last saw of the workshop: enough to tell whether it has ended. */
export type SeenWorkshop = Pick<WorkshopView, 'status' | 'joinCode'>;

/**
 * Why the server refused this device's participant token:
 * - ended: the workshop has finished, and a guest's access ends with it (the organisation keeps
 *   the summary); the token works again should the facilitator reopen it.
 * - not-ended: the token itself is no good (another workshop, or forgotten by the server).
 * - unknown: the lookup could not reach the server.
 */
export type GuestRefusal = 'ended' | 'not-ended' | 'unknown';

type LookUp = (code: string) => Promise<Result<Pick<WorkshopLookupResponse, 'status'>, ApiError>>;

/** What the device last saw decides when it saw the end; else the public lookup by join code. */
export async function whyGuestRefused(seen: SeenWorkshop | null, lookUp: LookUp): Promise<GuestRefusal> {
  if (!seen) return 'not-ended';
  if (seen.status === 'finished') return 'ended';
  const found = await lookUp(seen.joinCode);
  if (found.ok) return found.value.status === 'finished' ? 'ended' : 'not-ended';
  return found.error === 'network' ? 'unknown' : 'not-ended';
}
