import type { WorkshopCommand } from '../../domain/workshopCommands.ts';
import { CLOSE_CODES, type ErrorCode } from '../../protocol/errorCodes.ts';
import { PROTOCOL_VERSION } from '../../protocol/protocolVersion.ts';
import {
  ServerMessageSchema,
  type ClientMessage,
  type ServerMessage,
  type ViewerAuth,
} from '../../protocol/socketMessages.ts';
import { SnapshotSchema } from '../../protocol/views.ts';
import { reconnectDelay } from './backoff.ts';
import { applyPatch, applyWelcome, boardFromSnapshot, EMPTY_BOARD, snapshotOf } from './boardState.ts';
import type { ClientState } from './clientState.ts';
import { ClockTracker } from './ClockTracker.ts';
import { readJson, removeKey, writeJson, type KeyValueStore } from './localStore.ts';
import { loadMyNotes, pruneMyNotes, saveMyNotes, withMyId, withMyNote, withoutMyNote } from './myNotes.ts';
import { Outbox } from './outbox.ts';
import { storageKeys } from './storageKeys.ts';

/** The part of a WebSocket the client uses; tests pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

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

const OPEN = 1;
const BOARD_SAVE_DELAY_MS = 400;
// The server allows a burst of 30 frames, then 10 a second [R8]; a long offline queue is paced.
const RESEND_BURST = 20;
const RESEND_SPACING_MS = 150;

/** Close codes after which retrying cannot help, and what to tell the person. */
const FATAL_CLOSES: Readonly<Record<number, ErrorCode>> = {
  [CLOSE_CODES.unauthorized]: 'unauthorized',
  [CLOSE_CODES.protocolVersion]: 'protocol_version',
  [CLOSE_CODES.workshopNotFound]: 'workshop_not_found',
};
const FATAL_ERRORS: ReadonlySet<ErrorCode> = new Set(['unauthorized', 'protocol_version', 'workshop_not_found']);

/**
 * One viewer's live connection to one workshop: handshake, resume, patches, the outbox of
 * unanswered commands, reconnecting with backoff, and the server clock. It is the store the UI
 * reads through useSyncExternalStore.
 */
export class WorkshopClient {
  readonly #o: WorkshopClientOptions;
  readonly #now: () => number;
  readonly #outbox: Outbox;
  readonly #clock: ClockTracker;
  readonly #listeners = new Set<() => void>();
  #state: ClientState;
  #socket: SocketLike | null = null;
  #joined = false;
  #running = false;
  #attempt = 0;
  #reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #resendTimers: ReturnType<typeof setTimeout>[] = [];
  #noticeId = 0;

  constructor(options: WorkshopClientOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#outbox = new Outbox(options.store, storageKeys.outbox(options.workshopId, options.viewerKey));
    this.#clock = new ClockTracker(this.#now, (frame) => this.#write(frame), () => this.#socket?.close());
    const saved = readJson(options.store, this.#boardKey, SnapshotSchema);
    this.#state = {
      board: saved ? boardFromSnapshot(saved, null) : EMPTY_BOARD,
      status: 'connecting',
      failure: null,
      hasDropped: false,
      outbox: this.#outbox.entries,
      myNotes: loadMyNotes(options.store, this.#myNotesKey),
      rejected: [],
      notices: [],
      clockOffset: 0,
    };
  }

  get #boardKey(): string {
    return storageKeys.board(this.#o.workshopId, this.#o.viewerKey);
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
    if (this.#running) return;
    this.#running = true;
    this.#connect();
  }

  /** Closes the connection for good (the page is leaving). The outbox stays in storage. */
  stop(): void {
    this.#running = false;
    this.#clearReconnect();
    this.#clearResends();
    this.#clock.stop();
    this.#flushBoard();
    const socket = this.#socket;
    this.#socket = null;
    this.#joined = false;
    if (socket) {
      socket.onclose = null;
      socket.close(CLOSE_CODES.normal);
    }
  }

  /** Connects now instead of waiting out the backoff (the browser came back online). */
  retryNow(): void {
    if (!this.#running || this.#socket !== null || this.#state.status === 'failed') return;
    this.#clearReconnect();
    this.#connect();
  }

  /** Drops a connection the browser says is gone, so the UI shows offline at once. */
  markOffline(): void {
    this.#socket?.close();
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
    if (this.#joined) this.#write({ type: 'command', commandId: entry.commandId, command });
    return entry.commandId;
  }

  dismissNotice(id: number): void {
    this.#set({ notices: this.#state.notices.filter((n) => n.id !== id) });
  }

  dismissRejected(commandId: string): void {
    this.#set({ rejected: this.#state.rejected.filter((r) => r.commandId !== commandId) });
  }

  #set(patch: Partial<ClientState>): void {
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener();
  }

  #connect(): void {
    const socket = (this.#o.createSocket ?? ((url) => new WebSocket(url)))(this.#o.url);
    this.#socket = socket;
    socket.onopen = () => {
      this.#write({
        type: 'hello',
        protocolVersion: PROTOCOL_VERSION,
        workshopId: this.#o.workshopId,
        auth: this.#o.auth,
        resumeFrom: this.#state.board.seq,
      });
    };
    socket.onmessage = (event) => this.#receive(event.data);
    socket.onclose = (event) => this.#handleClose(socket, event.code);
    socket.onerror = () => socket.close();
  }

  #write(frame: ClientMessage): void {
    if (this.#socket?.readyState === OPEN) this.#socket.send(JSON.stringify(frame));
  }

  #receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = ServerMessageSchema.safeParse(json);
    if (parsed.success) this.#handle(parsed.data);
  }

  #handle(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        return this.#handleWelcome(message);
      case 'patch': {
        const board = applyPatch(this.#state.board, message);
        if (board === this.#state.board) return;
        const removed = message.changes.flatMap((c) => (c.op === 'note.remove' ? [c.noteId] : []));
        let myNotes = removed.reduce(withoutMyNote, this.#state.myNotes);
        myNotes = pruneMyNotes(myNotes, board.notes, board.workshop);
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
        const entry = this.#outbox.remove(message.commandId);
        if (!entry) return;
        return this.#set({
          outbox: this.#outbox.entries,
          rejected: [...this.#state.rejected, { commandId: entry.commandId, command: entry.command, code: message.code }],
          notices: [...this.#state.notices, { id: ++this.#noticeId, code: message.code }],
        });
      }
      case 'error':
        if (FATAL_ERRORS.has(message.code)) return this.#fail(message.code);
        return this.#set({ notices: [...this.#state.notices, { id: ++this.#noticeId, code: message.code }] });
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
      this.#socket?.close();
      return;
    }
    this.#joined = true;
    this.#attempt = 0;
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
        this.#write({ type: 'command', commandId: entry.commandId, command: entry.command });
      };
      if (index < RESEND_BURST) resend();
      else this.#resendTimers.push(setTimeout(resend, (index - RESEND_BURST + 1) * RESEND_SPACING_MS));
    });
  }

  #clearResends(): void {
    for (const timer of this.#resendTimers) clearTimeout(timer);
    this.#resendTimers = [];
  }

  #handleClose(socket: SocketLike, code: number): void {
    if (socket !== this.#socket) return;
    this.#socket = null;
    this.#joined = false;
    this.#clock.stop();
    this.#clearResends();
    const fatal = FATAL_CLOSES[code];
    if (fatal) return this.#fail(fatal);
    if (!this.#running) return;
    this.#set({ status: 'offline', hasDropped: true });
    const delay = reconnectDelay(this.#attempt++, this.#o.random);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = null;
      if (this.#running) this.#connect();
    }, delay);
  }

  #fail(code: ErrorCode): void {
    this.#running = false;
    this.#clearReconnect();
    const socket = this.#socket;
    this.#socket = null;
    this.#joined = false;
    if (socket) {
      socket.onclose = null;
      socket.close();
    }
    this.#set({ status: 'failed', failure: code });
  }

  #clearReconnect(): void {
    if (this.#reconnectTimer !== null) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = null;
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
