import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../protocol/protocolVersion.ts';
import type { ServerMessage, ViewerAuth } from '../../protocol/socketMessages.ts';
import type { WorkshopCommand } from '../../domain/workshopCommands.ts';

/** A WebSocket client for tests: records every frame and waits for the one it needs. */
export class TestSocket {
  readonly messages: ServerMessage[] = [];
  closeCode: number | null = null;
  private waiters: Array<() => void> = [];
  private counter = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as ServerMessage);
      this.notify();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.notify();
    });
  }

  /** Opens a connection; `cookie` is sent with the upgrade request, as a browser sends its session. */
  static async open(wsUrl: string, cookie?: string): Promise<TestSocket> {
    const origin = wsUrl.replace(/^ws/, 'http').replace(/\/ws$/, '');
    const ws = new WebSocket(wsUrl, { headers: { origin, ...(cookie ? { cookie } : {}) } });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new TestSocket(ws);
  }

  /** Opens, says hello and waits for the welcome. */
  static async join(
    wsUrl: string,
    workshopId: string,
    auth: ViewerAuth,
    resumeFrom: number | null = null,
    cookie?: string,
  ): Promise<TestSocket> {
    const socket = await TestSocket.open(wsUrl, cookie);
    socket.sendJson({ type: 'hello', protocolVersion: PROTOCOL_VERSION, workshopId, auth, resumeFrom });
    await socket.waitFor((m) => m.type === 'welcome');
    return socket;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  sendJson(value: unknown): void {
    this.ws.send(JSON.stringify(value));
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  /** Sends a command and waits for its ack or rejection. */
  async command(command: WorkshopCommand, commandId = `c${++this.counter}-${Math.random().toString(36).slice(2)}`): Promise<ServerMessage> {
    this.sendJson({ type: 'command', commandId, command });
    return this.waitFor(
      (m) => (m.type === 'command.ack' || m.type === 'command.rejected') && m.commandId === commandId,
    );
  }

  /** The first frame (from `from` on) that matches, waiting up to `timeoutMs` for it. */
  async waitFor<T extends ServerMessage>(
    match: (m: ServerMessage) => boolean,
    { from = 0, timeoutMs = 5000 }: { from?: number; timeoutMs?: number } = {},
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.slice(from).find(match);
      if (found) return found as T;
      if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async waitForClose(timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('socket did not close');
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.closeCode;
  }

  close(): void {
    this.ws.close();
  }
}
