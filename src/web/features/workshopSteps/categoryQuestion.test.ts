import { describe, expect, it } from 'vitest';
import { CATEGORY_SET_IDS, categoriesOf } from '../../../domain/categories.ts';
import { da } from '../../i18n/da.ts';
import { categoryQuestionKey, hasLongLabels } from './categoryQuestion.ts';

describe('the note form for any category set', () => {
  it('asks a question of its own for every set', () => {
    for (const set of CATEGORY_SET_IDS) expect(da[categoryQuestionKey(set)], set).toBeTruthy();
  });

  it('lists phase questions one per line, and names (traits, before/during/after) in a grid', () => {
    const labels = (set: (typeof CATEGORY_SET_IDS)[number]) => categoriesOf(set, { phase: null }).map((c) => c.label.da);
    expect(hasLongLabels(labels('phaseQuestions'))).toBe(true);
    expect(hasLongLabels(labels('traits'))).toBe(false);
    expect(hasLongLabels(labels('timing'))).toBe(false);
  });
});
