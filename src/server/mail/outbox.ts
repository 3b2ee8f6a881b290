import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { mailOutbox } from '../db/schema.ts';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface OutboxRow extends Mail {
  readonly id: string;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

/**
 * Every mail Kompas sends is first written here. The request that caused it answers at once, so
 * its timing says nothing about whether an address has an account; a sender delivers the rows
 * over SMTP when one is configured, and otherwise they stay for the development page.
 */
export async function enqueueMail(db: Db, mail: Mail): Promise<string> {
  const id = randomUUID();
  await db.insert(mailOutbox).values({ id, ...mail });
  return id;
}

export async function listOutbox(db: Db, limit = 100): Promise<OutboxRow[]> {
  return db
    .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, text: mailOutbox.text, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt })
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}

/** Unsent mail younger than `since`: older mail (links long expired) is left where it is. */
export async function listUnsent(db: Db, maxAttempts: number, since: Date, limit = 20): Promise<(OutboxRow & { attempts: number })[]> {
  return db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      text: mailOutbox.text,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      attempts: mailOutbox.attempts,
    })
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, maxAttempts), gt(mailOutbox.createdAt, since)))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(limit);
}

/**
 * Claims one unsent row for this sender: only the instance whose update changes the row sends it.
 * The attempt is counted first, so a crash mid-send cannot loop forever.
 */
export async function claimMail(db: Db, id: string, attempts: number): Promise<boolean> {
  const rows = await db
    .update(mailOutbox)
    .set({ attempts: attempts + 1 })
    .where(and(eq(mailOutbox.id, id), isNull(mailOutbox.sentAt), eq(mailOutbox.attempts, attempts)))
    .returning({ id: mailOutbox.id });
  return rows.length === 1;
}

export async function markSent(db: Db, id: string): Promise<void> {
  await db.update(mailOutbox).set({ sentAt: new Date(), lastError: null }).where(eq(mailOutbox.id, id));
}

export async function markFailed(db: Db, id: string, error: string): Promise<void> {
  await db.update(mailOutbox).set({ lastError: error.slice(0, 500) }).where(eq(mailOutbox.id, id));
}
