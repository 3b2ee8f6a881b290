import { z } from 'zod';
import { WorkshopCommandSchema, type WorkshopCommand } from '../../domain/workshopCommands.ts';
import { readJson, writeJson, type KeyValueStore } from './localStore.ts';

const OutboxEntrySchema = z.object({
  commandId: z.string().regex(/^[A-Za-z0-9_-]+$/),
  command: WorkshopCommandSchema,
  queuedAt: z.number(),
});
/** A command the server has not yet answered. Its id is the idempotency key [R10]. */
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

const OutboxSchema = z.array(OutboxEntrySchema);

/** An id the server accepts (/^[A-Za-z0-9_-]+$/); UUIDs keep their dashes. */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Non-secure origins (plain http on a LAN address) lack randomUUID; getRandomValues is enough here.
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Unanswered commands in the order they were made, persisted on every change so that a page
 * reload or a dropped connection loses nothing [R19].
 */
export class Outbox {
  #entries: readonly OutboxEntry[];

  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {
    this.#entries = readJson(store, key, OutboxSchema) ?? [];
  }

  get entries(): readonly OutboxEntry[] {
    return this.#entries;
  }

  /** Adds a command under a fresh id and persists it before anyone sends it. */
  add(command: WorkshopCommand, now: number): OutboxEntry {
    const entry: OutboxEntry = { commandId: newId(), command, queuedAt: now };
    this.#entries = [...this.#entries, entry];
    this.#persist();
    return entry;
  }

  /** Drops an answered command; returns it, or null when it was not (or no longer) waiting. */
  remove(commandId: string): OutboxEntry | null {
    const entry = this.#entries.find((e) => e.commandId === commandId) ?? null;
    if (entry) {
      this.#entries = this.#entries.filter((e) => e.commandId !== commandId);
      this.#persist();
    }
    return entry;
  }

  #persist(): void {
    writeJson(this.store, this.key, this.#entries);
  }
}
