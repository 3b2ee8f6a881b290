import { describe, expect, it } from 'vitest';
import { changedFields, type ActionForm } from './actionForm.ts';

const before: ActionForm = {
  status: 'open',
  due: '2026-03-01',
  followUp: '',
  what: 'Oplæring',
  problem: '',
  who: 'Teamet',
  responsibleUserId: null,
  scope: 'ours',
  upwardTo: null,
};

describe('changedFields', () => {
  it('sends nothing when nothing changed', () => {
    expect(changedFields(before, before, true)).toEqual({});
  });

  it('sends only what changed, trimmed, and a cleared date as null', () => {
    expect(changedFields(before, { ...before, status: 'done', due: '', followUp: ' Tjek i maj ' }, true)).toEqual({ status: 'done', due: null, followUp: 'Tjek i maj' });
  });

  it('sends the scope and its target together, with no target for our own', () => {
    expect(changedFields(before, { ...before, scope: 'upward', upwardTo: 'management' }, true)).toEqual({ scope: 'upward', upwardTo: 'management' });
    const upward = { ...before, scope: 'upward' as const, upwardTo: 'committee' as const };
    expect(changedFields(upward, { ...upward, scope: 'ours' }, true)).toEqual({ scope: 'ours', upwardTo: null });
  });

  it('leaves out all but the follow-up for whoever only answers for the action', () => {
    const after = { ...before, status: 'in_progress' as const, what: 'Noget andet', responsibleUserId: 'u1' };
    expect(changedFields(before, after, false)).toEqual({ status: 'in_progress' });
    expect(changedFields(before, after, true)).toEqual({ status: 'in_progress', what: 'Noget andet', responsibleUserId: 'u1' });
  });
});
