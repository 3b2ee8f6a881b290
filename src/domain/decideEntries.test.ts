import { describe, expect, it } from 'vitest';
import { fixedEntries } from './registers.ts';
import { findTemplate } from './templateRegistry.ts';
import type { TemplateDefinition } from './template.ts';
import { accepted, applyAll, createdEvent, facilitator, p1, refusal, run, stored } from './testing/workshopBuilder.ts';
import { replay } from './evolve.ts';
import type { WorkshopState } from './workshopState.ts';

function template(id: string): TemplateDefinition {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

const ROLES = template('roles-plan');
const PLAN_STEP = ROLES.steps.findIndex((s) => s.kind === 'register' && s.register === 'rolesPlan');
const ACTIONS_STEP = ROLES.steps.findIndex((s) => s.kind === 'actions');

/** A roles-plan workshop holding the project's roles plan as loaded at its start, on a step. */
function rolesWorkshop(stepIndex: number): WorkshopState {
  const created = replay(stored(replay([]), [createdEvent({}, ROLES.id)]));
  return applyAll(created, [
    { type: 'entries.loaded', register: 'rolesPlan', entries: fixedEntries('rolesPlan') },
    { type: 'step.changed', stepIndex },
  ]);
}

const opts = { template: ROLES };

describe('register rows in a workshop', () => {
  it('lets a participant fill in a fixed row while its step is on screen, counting versions', () => {
    const state = run(rolesWorkshop(PLAN_STEP), p1, { type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { what: 'Sætter rammen' } }, opts);
    const row = state.entries.get('leaders');
    expect(row?.data.what).toBe('Sætter rammen');
    expect(row?.version).toBe(1);
    expect(row?.position).toBe(0);
  });

  it('adds a new row after the others, and refuses one without its naming field', () => {
    const state = run(
      rolesWorkshop(PLAN_STEP),
      p1,
      { type: 'entry.save', entryId: 'r-new', register: 'rolesPlan', fields: { who: 'Borgerrådgiveren', what: 'Hører borgerne' } },
      opts,
    );
    expect(state.entries.get('r-new')?.position).toBe(fixedEntries('rolesPlan').length);
    expect(refusal(rolesWorkshop(PLAN_STEP), p1, { type: 'entry.save', entryId: 'r2', register: 'rolesPlan', fields: { what: 'x' } }, opts)).toBe(
      'field_required',
    );
  });

  it('records nothing when a save changes nothing (a retry)', () => {
    const command = { type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { what: 'Sætter rammen' } } as const;
    const once = run(rolesWorkshop(PLAN_STEP), p1, command, opts);
    expect(accepted(once, p1, command, opts).events).toEqual([]);
  });

  it('refuses participants outside the register step, and registers the template never fills in', () => {
    const save = { type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { what: 'x' } } as const;
    expect(refusal(rolesWorkshop(ACTIONS_STEP), p1, save, opts)).toBe('register_not_in_step');
    // The facilitator may tidy the plan from another step, but not a register with no step here.
    expect(refusal(rolesWorkshop(ACTIONS_STEP), facilitator, save, opts)).toBe('accepted');
    expect(
      refusal(rolesWorkshop(PLAN_STEP), facilitator, { type: 'entry.save', entryId: 'b1', register: 'benefits', fields: { benefit: 'x' } }, opts),
    ).toBe('register_not_in_step');
  });

  it('refuses unknown fields and bad choices with their own codes', () => {
    const state = rolesWorkshop(PLAN_STEP);
    expect(refusal(state, p1, { type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { salary: 'x' } }, opts)).toBe('unknown_field');
    expect(refusal(state, p1, { type: 'entry.save', entryId: 'leaders', register: 'rolesPlan', fields: { status: 'someday' } }, opts)).toBe(
      'invalid_choice',
    );
  });

  it('removes added rows but never the rows the plan is made of', () => {
    const added = run(
      rolesWorkshop(PLAN_STEP),
      p1,
      { type: 'entry.save', entryId: 'r-new', register: 'rolesPlan', fields: { who: 'IT-afdelingen' } },
      opts,
    );
    const removed = run(added, p1, { type: 'entry.remove', entryId: 'r-new' }, opts);
    expect(removed.entries.has('r-new')).toBe(false);
    expect(refusal(added, p1, { type: 'entry.remove', entryId: 'leaders' }, opts)).toBe('entry_is_fixed');
    expect(refusal(added, p1, { type: 'entry.remove', entryId: 'nope' }, opts)).toBe('entry_not_found');
  });

  it('replaces its copy of a register when the project rows are loaded again', () => {
    const edited = run(rolesWorkshop(PLAN_STEP), p1, { type: 'entry.save', entryId: 'r-new', register: 'rolesPlan', fields: { who: 'IT' } }, opts);
    const reloaded = applyAll(edited, [{ type: 'entries.loaded', register: 'rolesPlan', entries: fixedEntries('rolesPlan'), removedIds: ['r-new'] }]);
    expect(reloaded.entries.has('r-new')).toBe(false);
    expect(reloaded.entries.size).toBe(fixedEntries('rolesPlan').length);
  });
});
