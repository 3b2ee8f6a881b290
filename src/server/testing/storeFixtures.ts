import { randomUUID } from 'node:crypto';
import type { WorkshopEventData } from '../../domain/workshopEvents.ts';
import type { Db } from '../db/database.ts';
import { hashSecret, newJoinCode } from '../features/workshops/secrets.ts';
import { insertWorkshop } from '../features/workshops/workshopStore.ts';

// Shared by the storage contract suites (workshopStore*.test.ts), which run on PGlite and PostgreSQL.

/** A fixed event time with milliseconds, so round trips show any loss of precision. */
export const AT = Date.UTC(2025, 4, 17, 9, 30, 15, 123);

/** Inserts a bare workshop row (no events) and returns its id and code. */
export async function insertBareWorkshop(db: Db, overrides: { joinCode?: string } = {}): Promise<{ id: string; joinCode: string }> {
  const id = randomUUID();
  const joinCode = overrides.joinCode ?? newJoinCode();
  await db.transaction(async (tx) => {
    await insertWorkshop(tx, {
      id,
      joinCode,
      title: 'Ny vagtplan',
      templateId: 'compass-before',
      locale: 'da',
      facilitatorKeyHash: hashSecret(`kf_${randomUUID()}`),
    });
  });
  return { id, joinCode };
}

/** The workshop.created event for a bare workshop row. */
export function created(workshopId: string, joinCode: string): WorkshopEventData {
  return {
    type: 'workshop.created',
    workshopId,
    title: 'Ny vagtplan',
    templateId: 'compass-before',
    locale: 'da',
    joinCode,
    settings: { anonymous: false, privateWriting: false, showAuthors: false, voteBudget: 3 },
  };
}

export const stepChanged = (stepIndex: number): WorkshopEventData => ({ type: 'step.changed', stepIndex });

/** The code of a database error, where drivers put it: on the error or on its cause (drizzle wraps). */
export function pgErrorCode(error: unknown): unknown {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code ?? e?.cause?.code;
}

/** The error a promise rejects with; throws (failing the test) if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
