import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReconnectingSocket, type SocketHandlers, type SocketLike } from './ReconnectingSocket.ts';

/** A socket to an unreachable server: close() starts the closing handshake, and onclose waits for it. */
class HangingSocket implements SocketLike {
  readyState = 0;
  closeCalls = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  send() {}
  close() {
    this.closeCalls++;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
}

function setup() {
  const sockets: HangingSocket[] = [];
  const handlers: SocketHandlers = { onOpen: vi.fn(), onMessage: vi.fn(), onDrop: vi.fn(), onFatal: vi.fn() };
  const socket = new ReconnectingSocket(
    'ws://test/ws',
    () => {
      const s = new HangingSocket();
      sockets.push(s);
      return s;
    },
    () => 0,
    handlers,
  );
  return { socket, sockets, handlers };
}

describe('ReconnectingSocket', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('handles drop() at once, without waiting for the browser’s onclose, and ignores the late one', () => {
    const { socket, sockets, handlers } = setup();
    socket.start();
    const old = sockets[0] as HangingSocket;
    old.open();
    const lateClose = old.onclose;

    socket.drop();
    expect(old.closeCalls).toBe(1);
    expect(old.onclose).toBeNull();
    expect(handlers.onDrop).toHaveBeenCalledTimes(1);

    // Nothing connected any more, so coming back online may reconnect at once.
    socket.retryNow();
    expect(sockets).toHaveLength(2);
    socket.drop();
    expect(handlers.onDrop).toHaveBeenCalledTimes(2);

    // Otherwise a new socket comes after the backoff (250 ms, then 500 ms with no jitter).
    vi.advanceTimersByTime(499);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    // The old socket's close finally arrives: nothing happens.
    lateClose?.({ code: 1006 } as CloseEvent);
    vi.advanceTimersByTime(60_000);
    expect(handlers.onDrop).toHaveBeenCalledTimes(2);
    expect(sockets).toHaveLength(3);
    expect(handlers.onFatal).not.toHaveBeenCalled();
  });
});
