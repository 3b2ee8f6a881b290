import { CLOSE_CODES, type ErrorCode } from '../../protocol/errorCodes.ts';
import { ServerMessageSchema, type ClientMessage, type ServerMessage } from '../../protocol/socketMessages.ts';
import { reconnectDelay } from './backoff.ts';

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

export interface SocketHandlers {
  /** A connection is open; say hello. */
  onOpen(): void;
  /** A frame that passed the protocol's schema; anything else is dropped. */
  onMessage(message: ServerMessage): void;
  /** The connection dropped; a retry is scheduled. */
  onDrop(): void;
  /** The server refused us in a way retrying cannot fix. */
  onFatal(code: ErrorCode): void;
}

/** Close codes after which retrying cannot help, and what to tell the person. */
const FATAL_CLOSES: Readonly<Record<number, ErrorCode>> = {
  [CLOSE_CODES.unauthorized]: 'unauthorized',
  [CLOSE_CODES.protocolVersion]: 'protocol_version',
  [CLOSE_CODES.workshopNotFound]: 'workshop_not_found',
};

const OPEN = 1;

/** One WebSocket at a time, reopened after every drop with backoff and jitter until stopped. */
export class ReconnectingSocket {
  #socket: SocketLike | null = null;
  #running = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly createSocket: (url: string) => SocketLike,
    private readonly random: (() => number) | undefined,
    private readonly handlers: SocketHandlers,
  ) {}

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#open();
  }

  /** Closes for good; nothing is retried. */
  stop(code: number = CLOSE_CODES.normal): void {
    this.#running = false;
    this.#clearTimer();
    const socket = this.#socket;
    this.#socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(code);
    }
  }

  /** Connects now instead of waiting out the backoff (the browser came back online). */
  retryNow(): void {
    if (!this.#running || this.#socket !== null) return;
    this.#clearTimer();
    this.#open();
  }

  /**
   * Drops the current connection (dead, or to start over); it is reopened as after any drop.
   * The drop is handled at once: on an unreachable server the browser would fire onclose only
   * after the closing handshake times out (about a minute in Chromium), so the old socket's
   * handlers are detached and its late events are ignored.
   */
  drop(): void {
    const socket = this.#socket;
    if (!socket) return;
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.onerror = null;
    socket.close();
    this.#handleClose(socket, CLOSE_CODES.normal);
  }

  /** The server accepted us: the next drop starts the backoff from the beginning. */
  resetBackoff(): void {
    this.#attempt = 0;
  }

  /** Sends a frame if a connection is open; returns whether it went. */
  send(frame: ClientMessage): boolean {
    if (this.#socket?.readyState !== OPEN) return false;
    this.#socket.send(JSON.stringify(frame));
    return true;
  }

  #open(): void {
    const socket = this.createSocket(this.url);
    this.#socket = socket;
    socket.onopen = () => this.handlers.onOpen();
    socket.onmessage = (event) => this.#receive(event.data);
    socket.onclose = (event) => this.#handleClose(socket, event.code);
    socket.onerror = () => socket.close();
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
    if (parsed.success) this.handlers.onMessage(parsed.data);
  }

  #handleClose(socket: SocketLike, code: number): void {
    if (socket !== this.#socket) return;
    this.#socket = null;
    const fatal = FATAL_CLOSES[code];
    if (fatal) {
      this.stop();
      this.handlers.onFatal(fatal);
      return;
    }
    if (!this.#running) return;
    this.handlers.onDrop();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#running) this.#open();
    }, reconnectDelay(this.#attempt++, this.random));
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
