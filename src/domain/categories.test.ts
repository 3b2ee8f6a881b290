import { describe, expect, it } from 'vitest';
import { CATEGORY_SET_IDS, categoriesOf } from './categories.ts';
import { LOCALES } from './localized.ts';
import { PHASE_QUESTIONS } from './method/phaseQuestions.ts';
import { PROJECT_PHASE_IDS } from './projectPhases.ts';
import { TRAIT_IDS } from './rasmus.ts';

const ids = (set: Parameters<typeof categoriesOf>[0], phase: Parameters<typeof categoriesOf>[1] = undefined) =>
  categoriesOf(set, phase).map((c) => c.id);

describe('categoriesOf', () => {
  it('gives the six traits and before/during/after', () => {
    expect(ids('traits')).toEqual([...TRAIT_IDS]);
    expect(ids('timing')).toEqual(['before', 'during', 'after']);
  });

  it('gives the questions of all four phases in order when the workshop names no phase', () => {
    const all = PROJECT_PHASE_IDS.flatMap((phase) => PHASE_QUESTIONS[phase].map((q) => q.id));
    expect(ids('phaseQuestions')).toEqual(all);
    expect(ids('phaseQuestions', { phase: null })).toEqual(all);
    expect(all[0]).toBe('idea-1');
  });

  it('gives only the named phase’s questions when there is one', () => {
    for (const phase of PROJECT_PHASE_IDS) {
      expect(ids('phaseQuestions', { phase })).toEqual(PHASE_QUESTIONS[phase].map((q) => q.id));
    }
  });

  it('names how tasks moved, how they burden, whom, and who acts', () => {
    expect(ids('taskMoves')).toEqual(['centralisation', 'standardisation', 'between-groups', 'to-central-unit', 'to-citizens', 'invisible-work']);
    expect(ids('burdens')).toEqual(['pressure', 'judgement', 'flexibility', 'hidden-work', 'other-burden']);
    expect(ids('burdened')).toEqual(['staff-groups', 'individuals', 'citizens-customers']);
    expect(ids('scope')).toEqual(['ours', 'upward']);
  });

  it('keeps category ids unique across all sets, so an id alone names its category', () => {
    const every = CATEGORY_SET_IDS.flatMap((set) => ids(set));
    expect(new Set(every).size).toBe(every.length);
  });

  it('labels every category in both languages', () => {
    for (const set of CATEGORY_SET_IDS) {
      for (const category of categoriesOf(set)) {
        for (const locale of LOCALES) expect(category.label[locale].trim(), `${set}/${category.id}`).not.toBe('');
      }
    }
  });
});
