import { describe, expect, it } from 'vitest';
import type { WorkshopCommand } from '../../domain/workshopCommands.ts';
import { memoryStore } from './localStore.ts';
import { newId, Outbox } from './outbox.ts';

const note = (text: string): WorkshopCommand => ({ type: 'note.add', noteId: newId(), stepId: 'today', category: 'realistic', kind: 'today', text });

describe('Outbox', () => {
  it('persists every command before it is sent, in order, and survives a reload', () => {
    const store = memoryStore();
    const outbox = new Outbox(store, 'k');
    const a = outbox.add(note('a'), 1);
    const b = outbox.add(note('b'), 2);
    const reloaded = new Outbox(store, 'k');
    expect(reloaded.entries.map((e) => e.commandId)).toEqual([a.commandId, b.commandId]);
    expect(reloaded.entries[0]?.command).toEqual(a.command);
  });

  it('removes answered commands and keeps the rest in order', () => {
    const store = memoryStore();
    const outbox = new Outbox(store, 'k');
    const a = outbox.add(note('a'), 1);
    const b = outbox.add(note('b'), 2);
    const c = outbox.add(note('c'), 3);
    expect(outbox.remove(b.commandId)).toEqual(b);
    expect(outbox.remove(b.commandId)).toBeNull();
    expect(new Outbox(store, 'k').entries.map((e) => e.commandId)).toEqual([a.commandId, c.commandId]);
  });

  it('treats unreadable storage as empty', () => {
    const store = memoryStore();
    store.setItem('k', '{not json');
    expect(new Outbox(store, 'k').entries).toEqual([]);
    store.setItem('k', JSON.stringify([{ commandId: 'x', command: { type: 'nope' }, queuedAt: 1 }]));
    expect(new Outbox(store, 'k').entries).toEqual([]);
  });

  it('makes ids the server accepts', () => {
    for (let i = 0; i < 20; i++) expect(newId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
