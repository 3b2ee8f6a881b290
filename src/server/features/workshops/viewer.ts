import { can, parseRoles } from '../../../domain/roles.ts';
import type { ViewerAuth } from '../../../protocol/socketMessages.ts';
import type { SessionUser } from '../../auth/sessionUser.ts';
import type { Db } from '../../db/database.ts';
import { hashSecret } from './secrets.ts';
import { findParticipantByTokenHash, findWorkshopForMember } from './workshopStore.ts';

/** Who is on the other end of a connection or request, once proven. */
export type Viewer =
  /** userId: the member running it, so register rows changed in the meeting name who changed them. */
  | { readonly role: 'facilitator'; readonly workshopId: string; readonly userId?: string }
  | { readonly role: 'projector'; readonly workshopId: string }
  | { readonly role: 'participant'; readonly workshopId: string; readonly participantId: string };

/**
 * Proves a viewer against one workshop (the policy for a live workshop). Facilitator and projector
 * are members of the workshop's organisation who may facilitate there, proven by their session. A
 * participant proves the device token made for this workshop, and only while it is open: a guest
 * sees that one workshop and nothing else. Anything else gives null, and the caller answers the
 * same way whether or not the workshop exists.
 */
export async function authenticateViewer(
  db: Db,
  workshopId: string,
  auth: ViewerAuth,
  user: SessionUser | null,
): Promise<Viewer | null> {
  if (auth.role === 'participant') {
    const participant = await findParticipantByTokenHash(db, workshopId, hashSecret(auth.token));
    if (!participant || participant.workshopStatus !== 'open') return null;
    return { role: 'participant', workshopId, participantId: participant.id };
  }
  if (!user) return null;
  const found = await findWorkshopForMember(db, workshopId, user.id);
  if (!found || !can(parseRoles(found.role), 'workshop.facilitate')) return null;
  return auth.role === 'facilitator' ? { role: 'facilitator', workshopId, userId: user.id } : { role: 'projector', workshopId };
}

/** Whether a member may read a workshop's summary: any member of its organisation. */
export async function memberMayRead(db: Db, workshopId: string, user: SessionUser): Promise<boolean> {
  const found = await findWorkshopForMember(db, workshopId, user.id);
  return found !== null && can(parseRoles(found.role), 'workshop.read');
}
