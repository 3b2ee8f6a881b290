import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkshopCommand } from '../../domain/workshopCommands.ts';
import { PROTOCOL_VERSION } from '../../protocol/protocolVersion.ts';
import type { ClientMessage, ServerMessage, ViewerAuth } from '../../protocol/socketMessages.ts';
import { memoryStore, type KeyValueStore } from './localStore.ts';
import { registerRows } from './registerRows.ts';
import { entryView, ME, noteView, snapshot } from './testFixtures.ts';
import { WorkshopClient, type SocketLike } from './WorkshopClient.ts';

class FakeSocket implements SocketLike {
  readyState = 0;
  /** When set, close() starts the closing handshake but onclose never comes (unreachable server). */
  hangs = false;
  sent: ClientMessage[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }
  close(code = 1000) {
    this.readyState = this.hangs ? 2 : 3;
    if (!this.hangs) this.onclose?.({ code } as CloseEvent);
  }
  open() {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  receive(message: ServerMessage) {
    this.onmessage?.({ data: JSON.stringify(message) } as MessageEvent);
  }
  commands() {
    return this.sent.flatMap((m) => (m.type === 'command' ? [m] : []));
  }
}

const welcome = (resume: 'snapshot' | 'events' = 'snapshot'): ServerMessage => ({
  type: 'welcome',
  protocolVersion: PROTOCOL_VERSION,
  serverTime: Date.now(),
  me: ME,
  resume,
  snapshot: resume === 'snapshot' ? snapshot() : null,
});

const addNote = (noteId: string, text: string): WorkshopCommand => ({ type: 'note.add', noteId, stepId: 'today', category: 'realistic', kind: 'today', text });

function setup(store: KeyValueStore = memoryStore(), auth: ViewerAuth = { role: 'participant', token: 'tok' }) {
  const sockets: FakeSocket[] = [];
  const client = new WorkshopClient({
    workshopId: 'w1',
    auth,
    viewerKey: auth.role === 'participant' ? 'participant.p1' : auth.role,
    store,
    url: 'ws://test/ws',
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    random: () => 0,
  });
  return { client, sockets, store, last: () => sockets[sockets.length - 1] as FakeSocket };
}

describe('WorkshopClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says hello with the last applied seq after a reload [R18]', () => {
    const first = setup();
    first.client.start();
    first.last().open();
    expect(first.last().sent[0]).toMatchObject({ type: 'hello', workshopId: 'w1', resumeFrom: null, protocolVersion: PROTOCOL_VERSION });
    first.last().receive(welcome());
    first.last().receive({ type: 'patch', seq: 6, changes: [{ op: 'note.upsert', note: noteView({ id: 'n2' }) }] });
    first.client.stop();

    const second = setup(first.store);
    expect(second.client.getState().board.notes.has('n2')).toBe(true);
    second.client.start();
    second.last().open();
    expect(second.last().sent[0]).toMatchObject({ type: 'hello', resumeFrom: 6 });
  });

  it('queues notes typed offline, shows them at once, and resends them in order with their ids after welcome [R19]', () => {
    const { client, last, store } = setup();
    client.start();
    const a = client.send(addNote('na', 'første'));
    const b = client.send(addNote('nb', 'anden'));
    expect(client.getState().outbox.map((e) => e.commandId)).toEqual([a, b]);
    expect(client.getState().myNotes.ids.has('na')).toBe(true);

    // A reload before the connection came up loses nothing.
    const reloaded = setup(store);
    expect(reloaded.client.getState().outbox.map((e) => e.commandId)).toEqual([a, b]);

    last().open();
    expect(last().commands()).toEqual([]);
    last().receive(welcome());
    expect(last().commands().map((m) => m.commandId)).toEqual([a, b]);
  });

  it('keeps a register row changed offline across a reload, shows it waiting, and resends it with its id [R19]', () => {
    const { client, last, store } = setup();
    client.start();
    const save: WorkshopCommand = { type: 'entry.save', entryId: 'row-1', register: 'taskShifts', fields: { task: 'Tolkebestilling' } };
    const id = client.send(save);
    const reloaded = setup(store);
    expect(registerRows(reloaded.client.getState(), 'taskShifts').map((r) => [r.id, r.status])).toEqual([['row-1', 'pending']]);

    last().open();
    last().receive(welcome());
    expect(last().commands()).toEqual([expect.objectContaining({ commandId: id, command: save })]);
    last().receive({ type: 'patch', seq: 6, changes: [{ op: 'entry.upsert', entry: entryView({ id: 'row-1', data: { task: 'Tolkebestilling' } }) }] });
    last().receive({ type: 'command.ack', commandId: id, seq: 6, note: null });
    expect(registerRows(client.getState(), 'taskShifts').map((r) => [r.id, r.status])).toEqual([['row-1', null]]);
  });

  it('drops a command from the outbox on ack and keeps the stored note for its author', () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    const id = client.send(addNote('na', 'skjult'));
    expect(last().commands().map((m) => m.commandId)).toEqual([id]);
    last().receive({ type: 'command.ack', commandId: id, seq: 6, note: noteView({ id: 'na', stepId: 'today', hidden: true }) });
    expect(client.getState().outbox).toEqual([]);
    expect(client.getState().myNotes.notes.get('na')?.hidden).toBe(true);
  });

  it('keeps a refused command (and its text) and raises a notice', () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    const id = client.send(addNote('na', 'for sent'));
    last().receive({ type: 'command.rejected', commandId: id, code: 'not_current_step' });
    const state = client.getState();
    expect(state.outbox).toEqual([]);
    expect(state.rejected).toMatchObject([{ commandId: id, code: 'not_current_step', command: { text: 'for sent' } }]);
    expect(state.notices.map((n) => n.code)).toEqual(['not_current_step']);
  });

  it('keeps a refused command across a reload until it is dismissed', () => {
    const first = setup();
    first.client.start();
    first.last().open();
    first.last().receive(welcome());
    const id = first.client.send(addNote('na', 'for sent'));
    first.last().receive({ type: 'command.rejected', commandId: id, code: 'not_current_step' });

    const second = setup(first.store);
    expect(second.client.getState().outbox).toEqual([]);
    expect(second.client.getState().rejected).toMatchObject([{ commandId: id, code: 'not_current_step', command: { text: 'for sent' } }]);
    second.client.dismissRejected(id);
    expect(second.client.getState().rejected).toEqual([]);
    expect(setup(first.store).client.getState().rejected).toEqual([]);
  });

  it('shows one notice per error code, the latest last, and at most three', () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    const error = (code: 'invalid_message' | 'not_joined' | 'internal' | 'message_too_large') => last().receive({ type: 'error', code, detail: null });
    error('invalid_message');
    error('not_joined');
    const firstId = client.getState().notices[0]?.id;
    error('invalid_message');
    const notices = client.getState().notices;
    expect(notices.map((n) => n.code)).toEqual(['not_joined', 'invalid_message']);
    expect(notices[1]?.id).not.toBe(firstId);
    error('internal');
    error('message_too_large');
    expect(client.getState().notices.map((n) => n.code)).toEqual(['invalid_message', 'internal', 'message_too_large']);
  });

  it('goes offline at once when told the connection is gone, though the browser has not closed it yet', () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    const old = last();
    old.hangs = true;
    const lateClose = old.onclose;
    client.markOffline();
    expect(client.getState().status).toBe('offline');
    vi.advanceTimersByTime(250);
    expect(sockets).toHaveLength(2);
    last().open();
    last().receive(welcome('events'));
    expect(client.getState().status).toBe('online');
    lateClose?.({ code: 1006 } as CloseEvent);
    expect(client.getState().status).toBe('online');
    expect(sockets).toHaveLength(2);
  });

  it('reconnects after a drop, resends what is still unanswered, and stays quiet about answered ones', () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    const a = client.send(addNote('na', 'a'));
    const b = client.send(addNote('nb', 'b'));
    last().receive({ type: 'command.ack', commandId: a, seq: 6, note: null });
    last().close(1006);
    expect(client.getState().status).toBe('offline');
    vi.advanceTimersByTime(300);
    expect(sockets).toHaveLength(2);
    last().open();
    last().receive(welcome('events'));
    expect(last().commands().map((m) => m.commandId)).toEqual([b]);
    expect(client.getState()).toMatchObject({ status: 'online', hasDropped: true });
  });

  it('stops for good when the server refuses the viewer', () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().close(4001);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(client.getState()).toMatchObject({ status: 'failed', failure: 'unauthorized' });
  });

  it('says hello as facilitator or projector with no secret: the session cookie goes with the upgrade', () => {
    for (const role of ['facilitator', 'projector'] as const) {
      const { client, last } = setup(memoryStore(), { role });
      client.start();
      last().open();
      expect(last().sent[0]).toEqual({ type: 'hello', protocolVersion: PROTOCOL_VERSION, workshopId: 'w1', auth: { role }, resumeFrom: null });
      client.stop();
    }
  });

  it('stops for good when the server says the session is signed out', () => {
    const { client, sockets, last } = setup(memoryStore(), { role: 'facilitator' });
    client.start();
    last().open();
    last().receive({ type: 'error', code: 'signed_out', detail: null });
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(client.getState()).toMatchObject({ status: 'failed', failure: 'signed_out' });
  });

  it('asks for a snapshot when offered a resume it cannot use', () => {
    const { client, sockets, last } = setup();
    client.start();
    last().open();
    last().receive(welcome('events'));
    vi.advanceTimersByTime(300);
    expect(sockets).toHaveLength(2);
    last().open();
    expect(last().sent[0]).toMatchObject({ type: 'hello', resumeFrom: null });
  });

  it('corrects its clock with time.pong', () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    vi.advanceTimersByTime(0);
    const ping = last().sent.find((m) => m.type === 'time.ping');
    expect(ping).toBeDefined();
    if (ping?.type !== 'time.ping') return;
    last().receive({ type: 'time.pong', clientTime: ping.clientTime, serverTime: ping.clientTime + 60_000 });
    expect(client.getState().clockOffset).toBe(60_000);
  });
});

describe('WorkshopClient under the server’s rate limit [R8]', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends unanswered commands again once the server has dropped frames as rate_limited', () => {
    const { client, last } = setup();
    client.start();
    last().open();
    last().receive(welcome());
    const id = client.send(addNote('n-busy', 'Sendt i et travlt øjeblik'));
    expect(last().commands().map((c) => c.commandId)).toEqual([id]);
    last().receive({ type: 'error', code: 'rate_limited', detail: null });
    last().receive({ type: 'error', code: 'rate_limited', detail: null });
    vi.advanceTimersByTime(1999);
    expect(last().commands()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    // One resend for both errors, with the same id, so the server records the note once.
    expect(last().commands().map((c) => c.commandId)).toEqual([id, id]);
    last().receive({ type: 'command.ack', commandId: id, seq: 7, note: null });
    last().receive({ type: 'error', code: 'rate_limited', detail: null });
    vi.advanceTimersByTime(5000);
    expect(last().commands()).toHaveLength(2);
  });

  it('does not repeat a paced resend when the rate-limit retry sends the whole outbox again', () => {
    const { client, last } = setup();
    client.start();
    const ids = Array.from({ length: 40 }, (_, i) => client.send(addNote(`n${i}`, `note ${i}`)));
    const socket = last();
    socket.open();
    socket.receive(welcome());
    // 20 at once, the rest paced 150 ms apart: the last ones are still waiting after 2 s.
    expect(socket.commands()).toHaveLength(20);
    socket.receive({ type: 'error', code: 'rate_limited', detail: null });
    vi.advanceTimersByTime(1999);
    const beforeRetry = socket.commands().length;
    expect(beforeRetry).toBe(33);
    // From the retry on, every command goes exactly once more: no leftover paced resend repeats one.
    vi.advanceTimersByTime(5000);
    const resent = socket.commands().slice(beforeRetry).map((c) => c.commandId);
    expect(resent).toEqual(ids);
  });
});
