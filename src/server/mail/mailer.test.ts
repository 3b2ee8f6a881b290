import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../testing/testDatabase.ts';
import { Mailer, type MailTransport } from './mailer.ts';
import { listOutbox, type Mail } from './outbox.ts';

const silent = { info: () => undefined, warn: () => undefined };
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

function recordingTransport(fail: (mail: Mail) => boolean = () => false): MailTransport & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    sent,
    async send(mail) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (fail(mail)) throw new Error('SMTP 451 try later');
      sent.push(mail);
    },
    close: () => undefined,
  };
}

describe('mail through the outbox', () => {
  it('without SMTP, keeps the mail in the outbox unsent', async () => {
    const mailer = new Mailer(database.db, null, silent);
    const to = `kept-${Date.now()}@example.dk`;
    await mailer.send({ to, subject: 'Hej', text: 'Link: http://x' });
    const row = (await listOutbox(database.db)).find((m) => m.to === to);
    expect(row).toMatchObject({ subject: 'Hej', sentAt: null });
    expect(mailer.keepsMailInOutbox).toBe(true);
    await mailer.close();
  });

  it('with SMTP and two instances, each mail goes out exactly once and is marked sent', async () => {
    const one = recordingTransport();
    const two = recordingTransport();
    const a = new Mailer(database.db, one, silent);
    const b = new Mailer(database.db, two, silent);
    const tag = `once-${Date.now()}`;
    const addresses = Array.from({ length: 12 }, (_, i) => `${tag}-${i}@example.dk`);
    await Promise.all(addresses.map((to, i) => (i % 2 === 0 ? a : b).send({ to, subject: tag, text: 'x' })));
    await Promise.all([a.kick(), b.kick(), a.kick(), b.kick()]);
    await Promise.all([a.kick(), b.kick()]);
    const sent = [...one.sent, ...two.sent].filter((m) => m.subject === tag).map((m) => m.to).sort();
    expect(sent).toEqual([...addresses].sort());
    const rows = (await listOutbox(database.db, 500)).filter((m) => m.subject === tag);
    expect(rows.every((r) => r.sentAt !== null)).toBe(true);
    await a.close();
    await b.close();
  });

  it('a failed delivery is retried later, and not counted as sent', async () => {
    let failures = 1;
    const to = `retry-${Date.now()}@example.dk`;
    const transport = recordingTransport((mail) => mail.to === to && failures-- > 0);
    const mailer = new Mailer(database.db, transport, silent);
    await mailer.send({ to, subject: 'Retry', text: 'x' });
    await mailer.kick();
    expect((await listOutbox(database.db)).find((m) => m.to === to)?.sentAt).toBeNull();
    await mailer.kick();
    expect(transport.sent.map((m) => m.to)).toContain(to);
    expect((await listOutbox(database.db)).find((m) => m.to === to)?.sentAt).not.toBeNull();
    await mailer.close();
  });
});
