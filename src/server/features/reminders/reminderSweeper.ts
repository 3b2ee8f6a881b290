import { sweepReminders, type ReminderContext, type ReminderSweepResult } from './sweepReminders.ts';

export interface ReminderSweeperLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** The first sweep waits this long after start, so a starting instance first serves requests. */
const FIRST_SWEEP_MS = 15_000;

/**
 * Sweeps for due reminders on a timer, in every instance: sweeps may overlap between instances
 * (each reminder is claimed once), never within one. The timers are unref'd, so they alone do not
 * keep the process alive. `onQueued` hears when mail was queued (the mailer is kicked, so it goes
 * out now rather than at the next poll).
 */
export class ReminderSweeper {
  readonly #ctx: ReminderContext;
  readonly #log: ReminderSweeperLog;
  readonly #onQueued: () => void;
  readonly #first: NodeJS.Timeout;
  readonly #timer: NodeJS.Timeout;
  #running: Promise<ReminderSweepResult | null> | null = null;
  #closed = false;

  constructor(ctx: ReminderContext, intervalMs: number, log: ReminderSweeperLog, onQueued: () => void = () => undefined) {
    this.#ctx = ctx;
    this.#log = log;
    this.#onQueued = onQueued;
    this.#first = setTimeout(() => void this.sweep(), Math.min(FIRST_SWEEP_MS, intervalMs));
    this.#first.unref();
    this.#timer = setInterval(() => void this.sweep(), intervalMs);
    this.#timer.unref();
  }

  /** Starts a sweep unless one is running; resolves with its result (null if it failed or the sweeper is closed). */
  sweep(): Promise<ReminderSweepResult | null> {
    if (this.#closed) return Promise.resolve(null);
    this.#running ??= this.#sweepOnce().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #sweepOnce(): Promise<ReminderSweepResult | null> {
    try {
      const result = await sweepReminders(this.#ctx, this.#log);
      if (result.queued > 0) {
        this.#log.info({ ...result }, 'reminders queued');
        this.#onQueued();
      }
      return result;
    } catch (error) {
      this.#log.warn({ err: error instanceof Error ? error.message : String(error) }, 'reminder sweep failed');
      return null;
    }
  }

  /** Stops the timers and waits for a running sweep, before the database closes. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#first);
    clearInterval(this.#timer);
    await this.#running;
  }
}
