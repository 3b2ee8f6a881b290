import nodemailer from 'nodemailer';
import type { Db } from '../db/database.ts';
import { claimMail, enqueueMail, listUnsent, markFailed, markSent, type Mail } from './outbox.ts';

const MAX_ATTEMPTS = 5;
const POLL_MS = 5_000;
/** Mail older than this is not sent any more: a sign-in link in it has long expired. */
const MAX_AGE_MS = 3_600_000;
const MAX_BATCHES_PER_ROUND = 50;

export interface MailLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface MailTransport {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Delivers over SMTP: `smtp://user:pass@host:587` or `smtps://…`; `from` is the sender address. */
export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transporter.close(),
  };
}

/**
 * Sends mail through the outbox. With a transport, a loop delivers unsent rows (every instance
 * runs one; a row is claimed before it is sent, so it goes out once). Without one, the mail is
 * logged and stays in the outbox for the development page.
 */
export class Mailer {
  readonly #db: Db;
  readonly #transport: MailTransport | null;
  readonly #log: MailLog;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #closed = false;
  readonly #pending = new Set<Promise<void>>();

  constructor(db: Db, transport: MailTransport | null, log: MailLog) {
    this.#db = db;
    this.#transport = transport;
    this.#log = log;
    if (transport) {
      this.#timer = setInterval(() => void this.kick(), POLL_MS);
      this.#timer.unref();
    }
  }

  /** Whether mail stays in the outbox (no SMTP): the development page is then useful. */
  get keepsMailInOutbox(): boolean {
    return this.#transport === null;
  }

  async send(mail: Mail): Promise<void> {
    const id = await enqueueMail(this.#db, mail);
    if (this.#transport) void this.kick();
    else this.#log.info({ mailId: id, to: mail.to, subject: mail.subject, text: mail.text }, 'mail kept in the outbox (no SMTP_URL)');
  }

  /**
   * Queues a mail without waiting for it: for callers inside someone else's database transaction
   * (better-auth's), where waiting for our own insert could wait for that transaction to end. On
   * the embedded database, which has one connection, it would wait forever.
   */
  sendSoon(mail: Mail): void {
    const pending: Promise<void> = this.send(mail)
      .catch((error: unknown) => {
        this.#log.warn({ to: mail.to, err: error instanceof Error ? error.message : String(error) }, 'could not queue mail');
      })
      .finally(() => this.#pending.delete(pending));
    this.#pending.add(pending);
  }

  /** Resolves when every mail queued with sendSoon is in the outbox. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /** Starts a delivery round unless one is running; resolves when that round ends. */
  kick(): Promise<void> {
    if (!this.#transport || this.#closed) return Promise.resolve();
    this.#running ??= this.#deliver().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #deliver(): Promise<void> {
    const transport = this.#transport;
    if (!transport) return;
    try {
      // Until nothing is left that this round may claim; each row is tried once per round.
      const tried = new Set<string>();
      for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
        const rows = (await listUnsent(this.#db, MAX_ATTEMPTS, new Date(Date.now() - MAX_AGE_MS), 20 + tried.size)).filter(
          (row) => !tried.has(row.id),
        );
        if (rows.length === 0) return;
        for (const row of rows) {
          if (this.#closed) return;
          tried.add(row.id);
          if (!(await claimMail(this.#db, row.id, row.attempts))) continue;
          try {
            await transport.send(row);
            await markSent(this.#db, row.id);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await markFailed(this.#db, row.id, message);
            this.#log.warn({ mailId: row.id, attempt: row.attempts + 1, err: message }, 'mail delivery failed');
          }
        }
      }
    } catch (error) {
      this.#log.warn({ err: error instanceof Error ? error.message : String(error) }, 'mail round failed');
    }
  }

  async close(): Promise<void> {
    await this.settled();
    this.#closed = true;
    if (this.#timer) clearInterval(this.#timer);
    await this.#running;
    this.#transport?.close();
  }
}
