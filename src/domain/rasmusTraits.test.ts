import { describe, it, expect } from 'vitest';
import type { Localized } from './localized.ts';
import { TRAIT_IDS } from './rasmus.ts';
import { RASMUS_TRAITS } from './rasmusTraits.ts';

const allTexts = (): Localized[] =>
  RASMUS_TRAITS.flatMap((t) => [t.name, t.meaning, ...t.strengthens, ...t.weakens]);

describe('RASMUS_TRAITS', () => {
  it('has the six traits in TRAIT_IDS order', () => {
    expect(RASMUS_TRAITS.map((t) => t.id)).toEqual([...TRAIT_IDS]);
  });

  it('spells RASMUS with its letters', () => {
    expect(RASMUS_TRAITS.map((t) => t.letter).join('')).toBe('RASMUS');
  });

  it('gives each trait three ways to strengthen and three to weaken', () => {
    for (const trait of RASMUS_TRAITS) {
      expect(trait.strengthens).toHaveLength(3);
      expect(trait.weakens).toHaveLength(3);
    }
  });

  it('has non-empty text in both languages', () => {
    for (const text of allTexts()) {
      expect(text.da.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('has no duplicate texts', () => {
    const texts = allTexts();
    expect(new Set(texts.map((t) => t.da)).size).toBe(texts.length);
    expect(new Set(texts.map((t) => t.en)).size).toBe(texts.length);
  });

  it('has Danish that differs from English', () => {
    for (const text of allTexts()) {
      expect(text.da).not.toBe(text.en);
    }
  });

  it('keeps bullets short enough for a phone screen', () => {
    for (const trait of RASMUS_TRAITS) {
      for (const bullet of [...trait.strengthens, ...trait.weakens]) {
        expect(bullet.da.length).toBeLessThanOrEqual(90);
        expect(bullet.en.length).toBeLessThanOrEqual(90);
      }
    }
  });
});
