import type { Db } from '../../db/database.ts';
import type { WorkshopRooms } from './workshopRooms.ts';

/** What the workshop commands need from the running server. */
export interface WorkshopContext {
  readonly db: Db;
  readonly rooms: WorkshopRooms;
  readonly now: () => number;
}
