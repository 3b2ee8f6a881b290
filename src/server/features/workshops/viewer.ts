import type { ViewerAuth } from '../../../protocol/socketMessages.ts';
import type { Db } from '../../db/database.ts';
import { hashSecret } from './secrets.ts';
import { findParticipantByTokenHash, findWorkshopById } from './workshopStore.ts';

/** Who is on the other end of a connection or request, once proven. */
export type Viewer =
  | { readonly role: 'facilitator'; readonly workshopId: string }
  | { readonly role: 'projector'; readonly workshopId: string }
  | { readonly role: 'participant'; readonly workshopId: string; readonly participantId: string };

/**
 * Proves a viewer against one workshop. A key or token for another workshop, or for none, gives
 * null: the caller answers the same way whether or not the workshop exists.
 */
export async function authenticateViewer(db: Db, workshopId: string, auth: ViewerAuth): Promise<Viewer | null> {
  if (auth.role === 'participant') {
    const participant = await findParticipantByTokenHash(db, hashSecret(auth.token));
    if (!participant || participant.workshopId !== workshopId) return null;
    return { role: 'participant', workshopId, participantId: participant.id };
  }
  const workshop = await findWorkshopById(db, workshopId);
  if (!workshop || workshop.facilitatorKeyHash !== hashSecret(auth.key)) return null;
  return { role: auth.role, workshopId };
}

/** Reads a bearer secret (facilitator key or participant token) as the matching auth. */
export function authFromBearer(secret: string): ViewerAuth {
  return secret.startsWith('kp_') ? { role: 'participant', token: secret } : { role: 'facilitator', key: secret };
}
