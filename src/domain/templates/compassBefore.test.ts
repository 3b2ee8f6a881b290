import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../categories.ts';
import { LOCALES, type Localized } from '../localized.ts';
import { NOTE_KIND_IDS, NOTE_KINDS } from '../noteKinds.ts';
import { STEP_KINDS } from '../template.ts';
import { findTemplate, TEMPLATES } from '../templateRegistry.ts';
import { COMPASS_BEFORE } from './compassBefore.ts';

const steps = COMPASS_BEFORE.steps;

describe('COMPASS_BEFORE', () => {
  it('has five steps in order: info, notes, notes, brainstorm, actions', () => {
    expect(steps.map((s) => s.kind)).toEqual(['info', 'notes', 'notes', 'brainstorm', 'actions']);
  });

  it('starts by reading the RASMUS traits together', () => {
    expect(steps[0]).toMatchObject({ info: 'rasmus', categorySet: null, noteKinds: [], voting: false });
  });

  it('collects how it is today on the traits', () => {
    expect(steps[1]).toMatchObject({ categorySet: 'traits', noteKinds: ['today'], voting: false });
  });

  it('collects what gets better or worse on the traits', () => {
    expect(steps[2]).toMatchObject({ categorySet: 'traits', noteKinds: ['better', 'worse'], voting: false });
  });

  it('brainstorms preconditions on timing, with dot voting', () => {
    expect(steps[3]).toMatchObject({ categorySet: 'timing', noteKinds: ['idea'], voting: true });
  });

  it('ends with actions', () => {
    expect(steps[4]).toMatchObject({ categorySet: null, noteKinds: [], voting: false, info: null });
  });

  it('has unique step ids', () => {
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it('has non-empty text in Danish and English everywhere', () => {
    const texts: Localized[] = [
      COMPASS_BEFORE.name,
      COMPASS_BEFORE.description,
      ...steps.flatMap((s) => [s.title, s.prompt, s.facilitatorHint]),
    ];
    for (const text of texts) {
      for (const locale of LOCALES) expect(text[locale].trim(), JSON.stringify(text)).not.toBe('');
      expect(text.da).not.toBe(text.en);
    }
  });

  it('uses only note kinds that exist', () => {
    for (const step of steps) {
      for (const kind of step.noteKinds) {
        expect(NOTE_KIND_IDS).toContain(kind);
        expect(NOTE_KINDS[kind].id).toBe(kind);
      }
    }
  });

  it('gives categories exactly to the steps that take notes', () => {
    for (const step of steps) {
      expect(STEP_KINDS).toContain(step.kind);
      const takesNotes = step.kind === 'notes' || step.kind === 'brainstorm';
      expect(step.categorySet !== null, step.id).toBe(takesNotes);
      expect(step.noteKinds.length > 0, step.id).toBe(takesNotes);
      if (step.categorySet) expect(categoriesOf(step.categorySet).length).toBeGreaterThan(0);
      if (step.voting) expect(step.kind).toBe('brainstorm');
      expect(step.info !== null, step.id).toBe(step.kind === 'info');
    }
  });

  it('suggests a positive duration for each step', () => {
    for (const step of steps) expect(step.suggestedMinutes).toBeGreaterThan(0);
  });

  it('is registered under its id', () => {
    expect(findTemplate(COMPASS_BEFORE.id)).toBe(COMPASS_BEFORE);
    expect(TEMPLATES[COMPASS_BEFORE.id]).toBe(COMPASS_BEFORE);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });
});
