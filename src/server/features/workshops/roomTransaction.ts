import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { Tx } from '../../db/database.ts';
import type { WorkshopContext } from './workshopContext.ts';
import type { WorkshopRoom } from './workshopRoom.ts';
import { loadEvents, lockWorkshop } from './workshopStore.ts';

/**
 * Inside a transaction: locks the workshop row (rule R12) and brings the room up to the seq the
 * database holds, in case another instance committed since. Returns the locked seq.
 */
export async function lockAndCatchUp(tx: Tx, room: WorkshopRoom, workshopId: string): Promise<number> {
  const lock = await lockWorkshop(tx, workshopId);
  if (!lock) throw new Error(`workshop ${workshopId} vanished while its room was loaded`);
  if (lock.lastSeq > room.state.seq) {
    // Another instance committed these and our connections have not seen them: the bus message
    // was lost or is still on its way (apply() skips it when it lands). Send them now, before
    // the command's own patch, or clients would hold a seq whose changes they never got. They
    // are committed already, so sending them inside this transaction is safe.
    room.broadcast(room.apply(await loadEvents(tx, workshopId, room.state.seq)));
  }
  return lock.lastSeq;
}

/** After commit: fold the events into the room, send them to its connections and to other instances. */
export function publishCommitted(
  ctx: WorkshopContext,
  room: WorkshopRoom,
  workshopId: string,
  events: readonly WorkshopEvent[],
): void {
  if (events.length === 0) return;
  room.broadcast(room.apply(events));
  // Not awaited: the command is committed and must be answered as such even when the bus is down;
  // other instances mend a missed message from the database (rule R21).
  ctx.rooms.bus
    .publish({ instanceId: ctx.rooms.instanceId, workshopId, events })
    .catch((error: unknown) => console.error(`event bus publish for workshop ${workshopId} failed`, error));
}
