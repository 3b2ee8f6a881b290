import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../appContext.ts';
import { sessionUserOf } from '../../auth/sessionUser.ts';
import { STAFF, type Audience } from './presentWorkshop.ts';
import { authenticateViewer, memberMayRead } from './viewer.ts';

/**
 * Who may read a workshop's results over HTTP: a guest by the device token they joined with (that
 * one workshop, while it is open), or any member of the workshop's organisation by session. Null
 * for everyone else, and the caller answers the same whether or not the workshop exists.
 */
export async function workshopReaderOf(ctx: AppContext, request: FastifyRequest, workshopId: string): Promise<Audience | null> {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const viewer = await authenticateViewer(ctx.db, workshopId, { role: 'participant', token: bearer }, null);
    return viewer?.role === 'participant' ? { kind: 'participant', participantId: viewer.participantId } : null;
  }
  const user = await sessionUserOf(ctx.auth, request);
  return user && (await memberMayRead(ctx.db, workshopId, user)) ? STAFF : null;
}
