import { randomUUID } from 'node:crypto';
import type { WorkshopEventData } from '../../domain/workshopEvents.ts';
import { EMPTY_FRAME } from '../../domain/projectPhases.ts';
import type { Db } from '../db/database.ts';
import { organisations, projects } from '../db/schema.ts';
import { newJoinCode } from '../features/workshops/secrets.ts';
import { insertWorkshop } from '../features/workshops/workshopStore.ts';

// Shared by the storage contract suites (workshopStore*.test.ts), which run on PGlite and PostgreSQL.

/** A fixed event time with milliseconds, so round trips show any loss of precision. */
export const AT = Date.UTC(2025, 4, 17, 9, 30, 15, 123);

/** An organisation with one project, straight in the database: a home for bare workshops. */
export async function insertBareProject(db: Db): Promise<{ organisationId: string; projectId: string }> {
  const organisationId = randomUUID();
  const projectId = randomUUID();
  await db.insert(organisations).values({ id: organisationId, name: 'Testkommunen', slug: `test-${organisationId}` });
  await db.insert(projects).values({ id: projectId, organisationId, title: 'Ny vagtplan', phase: 'idea', step: 'need', frame: EMPTY_FRAME });
  return { organisationId, projectId };
}

/** Inserts a bare workshop row (no events) and returns its id and code. */
export async function insertBareWorkshop(db: Db, overrides: { joinCode?: string } = {}): Promise<{ id: string; joinCode: string }> {
  const id = randomUUID();
  const joinCode = overrides.joinCode ?? newJoinCode();
  const home = await insertBareProject(db);
  await db.transaction(async (tx) => {
    await insertWorkshop(tx, {
      id,
      ...home,
      createdBy: null,
      joinCode,
      title: 'Ny vagtplan',
      templateId: 'compass-before',
      locale: 'da',
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
