import { describe, expect, it } from 'vitest';
import { LOCALES } from './localized.ts';
import { NOTE_KIND_IDS, NOTE_KINDS } from './noteKinds.ts';

describe('NOTE_KINDS', () => {
  it('describes every kind under its own id, with a label in both languages', () => {
    expect(Object.keys(NOTE_KINDS).sort()).toEqual([...NOTE_KIND_IDS].sort());
    for (const id of NOTE_KIND_IDS) {
      expect(NOTE_KINDS[id].id).toBe(id);
      for (const locale of LOCALES) expect(NOTE_KINDS[id].label[locale].trim()).not.toBe('');
    }
  });

  it('counts expectations and experiences as gains or losses, and nothing else', () => {
    const byValence = (v: string | null) => NOTE_KIND_IDS.filter((id) => NOTE_KINDS[id].valence === v);
    expect(byValence('positive')).toEqual(['better', 'improved']);
    expect(byValence('negative')).toEqual(['worse', 'worsened']);
  });

  it('draws a gain green with a plus and a loss red with a minus, whether expected or experienced', () => {
    for (const id of NOTE_KIND_IDS) {
      const kind = NOTE_KINDS[id];
      if (kind.valence === 'positive') expect([kind.colour, kind.icon]).toEqual(['green', 'plus']);
      if (kind.valence === 'negative') expect([kind.colour, kind.icon]).toEqual(['red', 'minus']);
    }
  });

  it('gives every kind a single lowercase letter as its shortcut (digits pick categories)', () => {
    for (const id of NOTE_KIND_IDS) expect(NOTE_KINDS[id].shortcut).toMatch(/^[a-z]$/);
  });
});
