import { z } from 'zod';
import { WorkshopCommandSchema, type WorkshopCommand } from '../../domain/workshopCommands.ts';
import { ERROR_CODES, type ErrorCode } from '../../protocol/errorCodes.ts';
import { PROTOCOL_VERSION } from '../../protocol/protocolVersion.ts';
import type { ServerMessage, ViewerAuth } from '../../protocol/socketMessages.ts';
import { SnapshotSchema } from '../../protocol/views.ts';
import { applyPatch, applyWelcome, boardFromSnapshot, EMPTY_BOARD, snapshotOf } from './boardState.ts';
import type { ClientState, RejectedCommand } from './clientState.ts';
import { ClockTracker } from './ClockTracker.ts';
import { readJson, removeKey, writeJson, type KeyValueStore } from './localStore.ts';
import { loadMyNotes, pruneMyNotes, saveMyNotes, withMyId, withMyNote, withoutMyNote } from './myNotes.ts';
import { Outbox } from './outbox.ts';
import { ReconnectingSocket, type SocketLike } from './ReconnectingSocket.ts';
import { storageKeys } from './storageKeys.ts';

export type { SocketLike } from './ReconnectingSocket.ts';

export interface WorkshopClientOptions {
  readonly workshopId: string;
  readonly auth: ViewerAuth;
  /** Keeps this viewer's outbox and caches apart from other viewers on the same device. */
  readonly viewerKey: string;
  readonly store: KeyValueStore;
  readonly url: string;
  readonly createSocket?: (url: string) => SocketLike;
  readonly now?: () => number;
  readonly random?: () => number;
}

const BOARD_SAVE_DELAY_MS = 400;
// The server allows a burst of 30 frames, then 10 a second [R8]; a long offline queue is paced.
const RESEND_BURST = 20;
const RESEND_SPACING_MS = 150;
// After the server drops frames as rate_limited, wait for its bucket to refill before resending.
const RATE_LIMIT_RETRY_MS = 2000;
const FATAL_ERRORS: ReadonlySet<ErrorCode> = new Set(['unauthorized', 'signed_out', 'protocol_version', 'workshop_not_found']);
// A repeated error replaces its earlier notice; beyond this many, the oldest go.
const MAX_NOTICES = 3;

const RejectedSchema = z.array(
  z.object({ commandId: z.string(), command: WorkshopCommandSchema, code: z.enum(ERROR_CODES) }),
);

/**
 * One viewer's live connection to one workshop: handshake, resume, patches, the outbox of
 * unanswered commands, and the server clock. It is the store the UI reads through
 * useSyncExternalStore.
 */
export class WorkshopClient {
  readonly #o: WorkshopClientOptions;
  readonly #now: () => number;
  readonly #outbox: Outbox;
  readonly #clock: ClockTracker;
  readonly #socket: ReconnectingSocket;
  readonly #listeners = new Set<() => void>();
  #state: ClientState;
  #joined = false;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #resendTimers: ReturnType<typeof setTimeout>[] = [];
  #noticeId = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: WorkshopClientOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#outbox = new Outbox(options.store, storageKeys.outbox(options.workshopId, options.viewerKey));
    this.#socket = new ReconnectingSocket(options.url, options.createSocket ?? ((url) => new WebSocket(url)), options.random, {
      onOpen: () => this.#sayHello(),
      onMessage: (message) => this.#handle(message),
      onDrop: () => this.#handleDrop(),
      onFatal: (code) => this.#fail(code),
    });
    this.#clock = new ClockTracker(this.#now, (frame) => this.#socket.send(frame), () => this.#socket.drop());
    const saved = readJson(options.store, this.#boardKey, SnapshotSchema);
    this.#state = {
      board: saved ? boardFromSnapshot(saved, null) : EMPTY_BOARD,
      status: 'connecting',
      failure: null,
      hasDropped: false,
      outbox: this.#outbox.entries,
      myNotes: loadMyNotes(options.store, this.#myNotesKey),
      rejected: readJson(options.store, this.#rejectedKey, RejectedSchema) ?? [],
      notices: [],
      clockOffset: 0,
    };
  }

  get #boardKey(): string {
    return storageKeys.board(this.#o.workshopId, this.#o.viewerKey);
  }

  get #rejectedKey(): string {
    return storageKeys.rejected(this.#o.workshopId, this.#o.viewerKey);
  }

  get #myNotesKey(): string {
    return storageKeys.myNotes(this.#o.workshopId, this.#o.viewerKey);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  readonly getState = (): ClientState => this.#state;

  /** Opens the connection; safe to call again after stop(). */
  start(): void {
    if (this.#state.status === 'failed') return;
    this.#socket.start();
  }

  /** Closes the connection for good (the page is leaving). The outbox stays in storage. */
  stop(): void {
    this.#leave();
    this.#socket.stop();
    this.#flushBoard();
  }

  /** Connects now instead of waiting out the backoff (the browser came back online). */
  retryNow(): void {
    this.#socket.retryNow();
  }

  /** Drops a connection the browser says is gone, so the UI shows offline at once. */
  markOffline(): void {
    this.#socket.drop();
  }

  /**
   * Queues a command under a new id, persisted before it is sent, and sends it if online.
   * Returns the command id.
   */
  send(command: WorkshopCommand): string {
    const entry = this.#outbox.add(command, this.#now());
    let myNotes = this.#state.myNotes;
    if (command.type === 'note.add') {
      myNotes = withMyId(myNotes, command.noteId);
      saveMyNotes(this.#o.store, this.#myNotesKey, myNotes);
    }
    this.#set({ outbox: this.#outbox.entries, myNotes });
    if (this.#joined) this.#socket.send({ type: 'command', commandId: entry.commandId, command });
    return entry.commandId;
  }

  dismissNotice(id: number): void {
    this.#set({ notices: this.#state.notices.filter((n) => n.id !== id) });
  }

  dismissRejected(commandId: string): void {
    this.#set({ rejected: this.#saveRejected(this.#state.rejected.filter((r) => r.commandId !== commandId)) });
  }

  // Refused commands are kept across reloads, since the UI promises the person's text is kept.
  #saveRejected(rejected: readonly RejectedCommand[]): readonly RejectedCommand[] {
    writeJson(this.#o.store, this.#rejectedKey, rejected);
    return rejected;
  }

  #set(patch: Partial<ClientState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }

  /** The notices with one for `code` last; an earlier one with the same code is replaced. */
  #notice(code: ErrorCode): ClientState['notices'] {
    const others = this.#state.notices.filter((n) => n.code !== code);
    return [...others, { id: ++this.#noticeId, code }].slice(-MAX_NOTICES);
  }

  #sayHello(): void {
    this.#socket.send({
      type: 'hello',
      protocolVersion: PROTOCOL_VERSION,
      workshopId: this.#o.workshopId,
      auth: this.#o.auth,
      resumeFrom: this.#state.board.seq,
    });
  }

  #handle(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        return this.#handleWelcome(message);
      case 'patch': {
        const board = applyPatch(this.#state.board, message);
        if (board === this.#state.board) return;
        const removed = message.changes.flatMap((c) => (c.op === 'note.remove' ? [c.noteId] : []));
        const myNotes = pruneMyNotes(removed.reduce(withoutMyNote, this.#state.myNotes), board.notes, board.workshop);
        this.#updateMyNotes(myNotes);
        this.#set({ board });
        return this.#scheduleBoardSave();
      }
      case 'me':
        return this.#set({ board: { ...this.#state.board, me: message.me } });
      case 'command.ack': {
        this.#outbox.remove(message.commandId);
        if (message.note) this.#updateMyNotes(withMyNote(this.#state.myNotes, message.note));
        return this.#set({ outbox: this.#outbox.entries });
      }
      case 'command.rejected': {
        const entry = this.#outbox.entries.find((e) => e.commandId === message.commandId);
        if (!entry) return;
        // Stored as refused before it leaves the stored outbox, so no reload can lose its text.
        const rejected = this.#saveRejected([
          ...this.#state.rejected.filter((r) => r.commandId !== entry.commandId),
          { commandId: entry.commandId, command: entry.command, code: message.code },
        ]);
        this.#outbox.remove(entry.commandId);
        return this.#set({ outbox: this.#outbox.entries, rejected, notices: this.#notice(message.code) });
      }
      case 'error':
        if (FATAL_ERRORS.has(message.code)) return this.#fail(message.code);
        // A dropped frame may have been a command. It is still in the outbox, so send the outbox
        // again once the server's bucket has refilled; [R10] makes the repeats harmless.
        if (message.code === 'rate_limited') this.#scheduleRetry();
        return this.#set({ notices: this.#notice(message.code) });
      case 'time.pong':
        this.#clock.handlePong(message.clientTime, message.serverTime);
        return this.#set({ clockOffset: this.#clock.offset });
      default: {
        const unreachable: never = message;
        throw new Error(`unhandled server message ${JSON.stringify(unreachable)}`);
      }
    }
  }

  #handleWelcome(message: Extract<ServerMessage, { type: 'welcome' }>): void {
    const board = applyWelcome(this.#state.board, message);
    if (board === null) {
      // The server offered to resume but we hold nothing to resume: start over from a snapshot.
      removeKey(this.#o.store, this.#boardKey);
      this.#set({ board: EMPTY_BOARD });
      this.#socket.drop();
      return;
    }
    this.#joined = true;
    this.#socket.resetBackoff();
    this.#clock.start(message.serverTime);
    this.#updateMyNotes(pruneMyNotes(this.#state.myNotes, board.notes, board.workshop));
    this.#set({ board, status: 'online', failure: null, clockOffset: this.#clock.offset });
    this.#scheduleBoardSave();
    this.#resendOutbox();
  }

  // Resend in the order the person made them, with their first ids: [R10] makes it exactly-once.
  #resendOutbox(): void {
    this.#outbox.entries.forEach((entry, index) => {
      const resend = () => {
        if (!this.#joined || !this.#outbox.entries.includes(entry)) return;
        this.#socket.send({ type: 'command', commandId: entry.commandId, command: entry.command });
      };
      if (index < RESEND_BURST) resend();
      else this.#resendTimers.push(setTimeout(resend, (index - RESEND_BURST + 1) * RESEND_SPACING_MS));
    });
  }

  #scheduleRetry(): void {
    if (this.#retryTimer !== null) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      // The whole outbox goes again, so spaced resends still pending would only repeat it.
      this.#clearResendTimers();
      this.#resendOutbox();
    }, RATE_LIMIT_RETRY_MS);
  }

  /** Forgets the joined connection: no more sending until the next welcome. */
  #leave(): void {
    this.#joined = false;
    this.#clock.stop();
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#clearResendTimers();
  }

  #clearResendTimers(): void {
    for (const timer of this.#resendTimers) clearTimeout(timer);
    this.#resendTimers = [];
  }

  #handleDrop(): void {
    this.#leave();
    this.#set({ status: 'offline', hasDropped: true });
  }

  #fail(code: ErrorCode): void {
    this.#leave();
    this.#socket.stop();
    this.#set({ status: 'failed', failure: code });
  }

  #updateMyNotes(next: ClientState['myNotes']): void {
    if (next === this.#state.myNotes) return;
    saveMyNotes(this.#o.store, this.#myNotesKey, next);
    this.#set({ myNotes: next });
  }

  // The board is saved so a reload can show it at once and resume from its seq [R18].
  #scheduleBoardSave(): void {
    if (this.#saveTimer !== null) return;
    this.#saveTimer = setTimeout(() => this.#flushBoard(), BOARD_SAVE_DELAY_MS);
  }

  #flushBoard(): void {
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    const snapshot = snapshotOf(this.#state.board);
    if (snapshot) writeJson(this.#o.store, this.#boardKey, snapshot);
  }
}
