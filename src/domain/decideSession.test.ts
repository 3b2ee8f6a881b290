import { describe, expect, it } from 'vitest';
import { COMPASS_BEFORE } from './templates/compassBefore.ts';
import { accepted, facilitator, onStep, p1, refusal, run, STEP, T0, workshop } from './testing/workshopBuilder.ts';

describe('step.go and the timer', () => {
  it('moves to the step, stopping a running timer and closing voting', () => {
    let state = onStep(STEP.preconditions);
    state = run(state, facilitator, { type: 'timer.start', seconds: 300 });
    state = run(state, facilitator, { type: 'voting.open', stepId: 'preconditions' });
    const decision = accepted(state, facilitator, { type: 'step.go', stepIndex: STEP.actions });
    expect(decision.events).toEqual([
      { type: 'step.changed', stepIndex: STEP.actions },
      { type: 'timer.stopped' },
      { type: 'voting.closed' },
    ]);
    state = run(state, facilitator, { type: 'step.go', stepIndex: STEP.actions });
    expect(state).toMatchObject({ stepIndex: STEP.actions, votingStepId: null, timer: { endsAt: null } });
  });

  it('records only the step change when nothing runs, and nothing when staying put', () => {
    expect(accepted(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: STEP.traits }).events).toEqual([
      { type: 'step.changed', stepIndex: STEP.traits },
    ]);
    expect(accepted(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: STEP.today }).events).toEqual([]);
  });

  it('refuses a step the template does not have', () => {
    expect(refusal(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: COMPASS_BEFORE.steps.length })).toBe(
      'step_out_of_range',
    );
    expect(refusal(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: -1 })).toBe('step_out_of_range');
  });

  it('starts a timer ending seconds from now, and stops it', () => {
    const now = T0 + 42;
    const started = accepted(onStep(STEP.today), facilitator, { type: 'timer.start', seconds: 90 }, { now });
    expect(started.events).toEqual([{ type: 'timer.started', endsAt: now + 90_000, durationMs: 90_000 }]);
    const state = run(onStep(STEP.today), facilitator, { type: 'timer.start', seconds: 90 }, { now });
    expect(state.timer).toEqual({ endsAt: now + 90_000, durationMs: 90_000 });
    expect(run(state, facilitator, { type: 'timer.stop' }).timer.endsAt).toBeNull();
    expect(accepted(onStep(STEP.today), facilitator, { type: 'timer.stop' }).events).toEqual([]);
  });
});

describe('settings.update', () => {
  it('changes only the fields given', () => {
    const state = run(workshop({ voteBudget: 3 }), facilitator, { type: 'settings.update', privateWriting: true });
    expect(state.settings).toEqual({ anonymous: false, privateWriting: true, showAuthors: true, voteBudget: 3 });
    expect(run(state, facilitator, { type: 'settings.update', voteBudget: 5 }).settings.voteBudget).toBe(5);
  });

  it('makes anonymity one-way', () => {
    const state = run(workshop(), facilitator, { type: 'settings.update', anonymous: true });
    expect(state.settings.anonymous).toBe(true);
    expect(refusal(state, facilitator, { type: 'settings.update', anonymous: false })).toBe('anonymity_is_permanent');
    expect(refusal(state, facilitator, { type: 'settings.update', anonymous: true })).toBe('accepted');
  });

  it('forces showAuthors off in an anonymous workshop', () => {
    const becameAnonymous = run(workshop({ showAuthors: true }), facilitator, { type: 'settings.update', anonymous: true });
    expect(becameAnonymous.settings.showAuthors).toBe(false);
    const asked = run(becameAnonymous, facilitator, { type: 'settings.update', showAuthors: true });
    expect(asked.settings.showAuthors).toBe(false);
    const named = run(workshop({ showAuthors: false }), facilitator, { type: 'settings.update', showAuthors: true });
    expect(named.settings.showAuthors).toBe(true);
  });
});

describe('participant.rename', () => {
  it('stores a trimmed name, and null for an empty one', () => {
    const state = run(workshop(), p1, { type: 'participant.rename', displayName: '  Mette ' });
    expect(state.participants.get('p1')).toEqual({ id: 'p1', displayName: 'Mette' });
    expect(run(state, p1, { type: 'participant.rename', displayName: '' }).participants.get('p1')?.displayName).toBeNull();
    expect(run(state, p1, { type: 'participant.rename', displayName: null }).participants.get('p1')?.displayName).toBeNull();
  });

  it('ignores the name in an anonymous workshop', () => {
    const decision = accepted(workshop({ anonymous: true }), p1, { type: 'participant.rename', displayName: 'Mette' });
    expect(decision.events).toEqual([{ type: 'participant.renamed', participantId: 'p1', displayName: null }]);
  });

  it('refuses names past 40 characters, and the facilitator', () => {
    expect(refusal(workshop(), p1, { type: 'participant.rename', displayName: 'x'.repeat(41) })).toBe('name_too_long');
    expect(refusal(workshop(), p1, { type: 'participant.rename', displayName: 'x'.repeat(40) })).toBe('accepted');
    expect(refusal(workshop(), facilitator, { type: 'participant.rename', displayName: 'F' })).toBe('not_allowed');
  });
});

describe('people who wrote on paper', () => {
  it('are counted per step that takes notes, for the facilitator to type in their notes', () => {
    const state = run(workshop(), facilitator, { type: 'paper.headcount', stepId: 'expectations', count: 7 });
    expect(state.paperHeadcounts.get('expectations')).toBe(7);
    expect(accepted(state, facilitator, { type: 'paper.headcount', stepId: 'expectations', count: 7 }).events).toEqual([]);
    expect(run(state, facilitator, { type: 'paper.headcount', stepId: 'expectations', count: 0 }).paperHeadcounts.get('expectations')).toBe(0);
  });

  it('are refused for steps where nobody writes, and from participants', () => {
    expect(refusal(workshop(), facilitator, { type: 'paper.headcount', stepId: 'traits', count: 3 })).toBe('step_takes_no_notes');
    expect(refusal(workshop(), p1, { type: 'paper.headcount', stepId: 'today', count: 3 })).toBe('not_allowed');
  });
});
