import { normalizeJoinCode } from '../../../domain/joinCode.ts';
import { err, ok, type Result } from '../../../domain/result.ts';
import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import type { JoinBody, JoinResponse, WorkshopLookupResponse } from '../../../protocol/http.ts';
import { LOCALES, type Locale } from '../../../domain/localized.ts';
import { lockAndCatchUp, publishCommitted } from './roomTransaction.ts';
import { hashSecret, newId, newSecret } from './secrets.ts';
import type { WorkshopContext } from './workshopContext.ts';
import { appendEvents, findWorkshopByCode, insertParticipant } from './workshopStore.ts';

function asLocale(value: string): Locale {
  return (LOCALES as readonly string[]).includes(value) ? (value as Locale) : 'da';
}

/** What a person sees before joining: the workshop's title and whether it is anonymous. */
export async function lookUpWorkshop(
  ctx: WorkshopContext,
  rawCode: string,
): Promise<Result<WorkshopLookupResponse, ErrorCode>> {
  const code = normalizeJoinCode(rawCode);
  if (!code) return err('invalid_join_code');
  const row = await findWorkshopByCode(ctx.db, code);
  const room = row ? await ctx.rooms.get(row.id) : null;
  if (!row || !room) return err('workshop_not_found');
  return ok({
    workshopId: row.id,
    title: room.state.title,
    locale: asLocale(row.locale),
    anonymous: room.state.settings.anonymous,
    status: room.state.status,
  });
}

/**
 * Joins a workshop with its code: a device token, and a name only if not anonymous. A guest needs
 * no account; a signed-in member's participant row remembers who they are.
 */
export async function joinWorkshop(
  ctx: WorkshopContext,
  input: JoinBody,
  userId: string | null,
): Promise<Result<JoinResponse, ErrorCode>> {
  const code = normalizeJoinCode(input.code);
  if (!code) return err('invalid_join_code');
  const row = await findWorkshopByCode(ctx.db, code);
  const room = row ? await ctx.rooms.get(row.id) : null;
  if (!row || !room) return err('workshop_not_found');
  const workshopId = row.id;
  const participantId = newId();
  const participantToken = newSecret('kp');
  return room.serialize(async () => {
    const stored: WorkshopEvent[] | null = await ctx.db.transaction(async (tx) => {
      const lastSeq = await lockAndCatchUp(tx, room, workshopId);
      if (room.state.status === 'finished') return null;
      // Read under the lock: the facilitator may have just made the workshop anonymous.
      const name = input.displayName?.trim() ?? '';
      const displayName = room.state.settings.anonymous || name.length === 0 ? null : name;
      await insertParticipant(tx, { id: participantId, workshopId, tokenHash: hashSecret(participantToken), userId });
      return appendEvents(tx, workshopId, lastSeq, [{ type: 'participant.joined', participantId, displayName }], ctx.now());
    });
    if (!stored) return err('workshop_finished');
    publishCommitted(ctx, room, workshopId, stored);
    return ok({ workshopId, participantId, participantToken });
  });
}
