import { describe, expect, it } from 'vitest';
import { REGISTERS } from '../../../domain/registers.ts';
import { memoryStore } from '../../realtime/localStore.ts';
import { draftOf } from '../registers/entryDraft.ts';
import { draftOfDialog, readRegisterDraft, registerDraftKey, reopen, viewerOf, writeRegisterDraft, type RegisterDraft } from './registerDraft.ts';

const plan = REGISTERS.rolesPlan;
const never = () => {
  throw new Error('should keep the id it has');
};

describe('draftOfDialog', () => {
  it('keeps only what the person changed, as a save would send it', () => {
    const stored = { who: 'IT', what: 'Tests', how: null, when: null, status: 'done', nextStep: null };
    const form = { ...draftOf(plan, stored), what: 'Tests og kurser ', status: 'under_way' };
    expect(draftOfDialog(plan, { entryId: 'r1', isNew: false, stored }, form)).toEqual({
      entryId: 'r1',
      isNew: false,
      changes: { what: 'Tests og kurser', status: 'under_way' },
    });
  });

  it('keeps the fields typed into a new row, with the id the row will be saved under', () => {
    const form = { ...draftOf(plan, null), who: 'Planlæggerne' };
    expect(draftOfDialog(plan, { entryId: 'new-1', isNew: true, stored: null }, form)).toEqual({ entryId: 'new-1', isNew: true, changes: { who: 'Planlæggerne' } });
  });

  it('keeps nothing when the form is back where it started', () => {
    const stored = { who: 'IT', what: 'Tests' };
    expect(draftOfDialog(plan, { entryId: 'r1', isNew: false, stored }, draftOf(plan, stored))).toBeNull();
    expect(draftOfDialog(plan, { entryId: 'new-1', isNew: true, stored: null }, { ...draftOf(plan, null), who: '   ' })).toBeNull();
  });
});

describe('reopen', () => {
  it('lays the changes over the row as it is now, so what others changed meanwhile stays', () => {
    const draft: RegisterDraft = { entryId: 'r1', isNew: false, changes: { what: 'Mine' } };
    const now = { id: 'r1', data: { who: 'IT', what: 'Old', how: 'Changed by someone else' } };
    expect(reopen(draft, [now], never)).toEqual({ row: now, entryId: 'r1', initial: { who: 'IT', what: 'Mine', how: 'Changed by someone else' } });
  });

  it('reopens a new row under the id it was given, so it is saved once', () => {
    const draft: RegisterDraft = { entryId: 'new-1', isNew: true, changes: { who: 'Planlæggerne' } };
    expect(reopen(draft, [], never)).toEqual({ row: null, entryId: 'new-1', initial: { who: 'Planlæggerne' } });
  });

  it('reopens a change to a row that has since been deleted as a new row, with a new id', () => {
    const draft: RegisterDraft = { entryId: 'gone', isNew: false, changes: { what: 'Mine' } };
    expect(reopen(draft, [], () => 'fresh')).toEqual({ row: null, entryId: 'fresh', initial: { what: 'Mine' } });
  });
});

describe('the stored draft', () => {
  it('is kept per workshop, viewer and register, and read back as written', () => {
    const store = memoryStore();
    const key = registerDraftKey('w1', 'participant.p1', 'rolesPlan');
    const draft: RegisterDraft = { entryId: 'new-1', isNew: true, changes: { who: 'Planlæggerne', burdens: ['other'], how: null } };
    writeRegisterDraft(store, key, draft);
    expect(readRegisterDraft(store, key)).toEqual(draft);
    expect(readRegisterDraft(store, registerDraftKey('w1', 'participant.p1', 'adviceChecklist'))).toBeNull();
    expect(readRegisterDraft(store, registerDraftKey('w2', 'participant.p1', 'rolesPlan'))).toBeNull();
    expect(readRegisterDraft(store, registerDraftKey('w1', 'facilitator', 'rolesPlan'))).toBeNull();
  });

  it('is forgotten by writing null, and anything unreadable counts as none', () => {
    const store = memoryStore();
    const key = registerDraftKey('w1', 'facilitator', 'rolesPlan');
    writeRegisterDraft(store, key, { entryId: 'r1', isNew: false, changes: { what: 'x' } });
    writeRegisterDraft(store, key, null);
    expect(store.getItem(key)).toBeNull();
    store.setItem(key, '{"entryId":"r1"}');
    expect(readRegisterDraft(store, key)).toBeNull();
  });

  it('does not share a key with the note draft', () => {
    expect(registerDraftKey('w1', 'facilitator', 'rolesPlan')).not.toBe('kompas.draft.w1.facilitator');
  });
});

describe('viewerOf', () => {
  const me = { participantId: null, displayName: null, votesUsed: 0, myVotes: {} };
  it('names the viewer as the page named its client', () => {
    expect(viewerOf({ ...me, role: 'participant', participantId: 'p1' })).toBe('participant.p1');
    expect(viewerOf({ ...me, role: 'facilitator' })).toBe('facilitator');
    expect(viewerOf(null)).toBeNull();
  });
});
