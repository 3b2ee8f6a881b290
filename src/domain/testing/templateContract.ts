import { expect, it } from 'vitest';
import { categoriesOf } from '../categories.ts';
import { LOCALES, type Localized } from '../localized.ts';
import { NOTE_KIND_IDS, NOTE_KINDS } from '../noteKinds.ts';
import { PROJECT_PHASE_IDS } from '../projectPhases.ts';
import { REGISTER_IDS } from '../registerTypes.ts';
import { INFO_CONTENTS, STEP_KINDS, type StepDefinition, type TemplateDefinition } from '../template.ts';
import { findTemplate, TEMPLATE_IDS } from '../templateRegistry.ts';
import type { WorkshopOptions } from '../workshopOptions.ts';

/** Every set of options a workshop can be created with: each phase, and none. */
export const ALL_WORKSHOP_OPTIONS: readonly WorkshopOptions[] = [{ phase: null }, ...PROJECT_PHASE_IDS.map((phase) => ({ phase }))];

const takesNotes = (step: StepDefinition) => step.kind === 'notes' || step.kind === 'brainstorm';

/** The Danish and English texts of a template that a person reads. */
export function textsOf(template: TemplateDefinition): readonly Localized[] {
  return [
    template.name,
    template.description,
    template.audience,
    ...template.steps.flatMap((s) => [s.title, s.prompt, s.facilitatorHint]),
  ];
}

/** Where the kinds' keyboard shortcuts of one step collide, if anywhere. */
export function duplicateShortcuts(step: StepDefinition): readonly string[] {
  const shortcuts = step.noteKinds.map((k) => NOTE_KINDS[k].shortcut);
  return shortcuts.filter((s, i) => shortcuts.indexOf(s) !== i);
}

/**
 * The rules every template must keep for the one engine to run it. Call inside a describe block;
 * a new template's test file calls this and then states its own steps.
 */
export function itKeepsTheTemplateContract(template: TemplateDefinition): void {
  const { steps } = template;

  it('is registered under its id', () => {
    expect(TEMPLATE_IDS).toContain(template.id);
    expect(findTemplate(template.id)).toBe(template);
  });

  it('has unique step ids', () => {
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
  });

  it('has non-empty text in Danish and English everywhere', () => {
    for (const text of textsOf(template)) {
      for (const locale of LOCALES) expect(text[locale].trim(), JSON.stringify(text)).not.toBe('');
      expect(text.da, JSON.stringify(text)).not.toBe(text.en);
    }
  });

  it('suggests a positive whole number of minutes for each step', () => {
    for (const step of steps) {
      expect(Number.isInteger(step.suggestedMinutes), step.id).toBe(true);
      expect(step.suggestedMinutes, step.id).toBeGreaterThan(0);
    }
  });

  it('gives categories and note kinds exactly to the steps that take notes', () => {
    for (const step of steps) {
      expect(STEP_KINDS).toContain(step.kind);
      expect(step.categorySet !== null, step.id).toBe(takesNotes(step));
      expect(step.noteKinds.length > 0, step.id).toBe(takesNotes(step));
      for (const kind of step.noteKinds) expect(NOTE_KIND_IDS).toContain(kind);
      expect(new Set(step.noteKinds).size, step.id).toBe(step.noteKinds.length);
    }
  });

  it('has categories for every set of workshop options', () => {
    for (const step of steps) {
      if (!step.categorySet) continue;
      for (const options of ALL_WORKSHOP_OPTIONS) expect(categoriesOf(step.categorySet, options).length, step.id).toBeGreaterThan(0);
    }
  });

  it('asks for a phase only when some step’s categories depend on it', () => {
    const dependsOnPhase = steps.some((s) => {
      const set = s.categorySet;
      return set !== null && ALL_WORKSHOP_OPTIONS.some((o) => categoriesOf(set, o).length !== categoriesOf(set).length);
    });
    if (template.asksForPhase) expect(dependsOnPhase).toBe(true);
  });

  it('votes only in brainstorm and select steps', () => {
    for (const step of steps) if (step.voting) expect(['brainstorm', 'select'], step.id).toContain(step.kind);
  });

  it('names info content exactly on info steps', () => {
    for (const step of steps) {
      expect(step.info !== null, step.id).toBe(step.kind === 'info');
      if (step.info) expect(INFO_CONTENTS).toContain(step.info);
    }
  });

  it('points each select step at an earlier notes step that collects the kinds it shows', () => {
    steps.forEach((step, index) => {
      expect(step.source !== undefined, step.id).toBe(step.kind === 'select');
      if (!step.source) return;
      const { stepId, kinds } = step.source;
      const sourceIndex = steps.findIndex((s) => s.id === stepId);
      const source = steps[sourceIndex];
      expect(source, `${step.id} → ${stepId}`).toBeDefined();
      expect(sourceIndex).toBeLessThan(index);
      expect(source && takesNotes(source), `${step.id} → ${stepId}`).toBe(true);
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) expect(source?.noteKinds, `${step.id} → ${stepId}`).toContain(kind);
    });
  });

  it('names a register exactly on register steps', () => {
    for (const step of steps) {
      expect(step.register !== undefined, step.id).toBe(step.kind === 'register');
      if (step.register) expect(REGISTER_IDS).toContain(step.register);
    }
  });

  it('feeds the comparison, if at all, from a step of gains and losses on the traits', () => {
    if (!template.comparison) return;
    const step = steps.find((s) => s.id === template.comparison?.stepId);
    expect(step?.kind).toBe('notes');
    expect(step?.categorySet).toBe('traits');
    const valences = (step?.noteKinds ?? []).map((k) => NOTE_KINDS[k].valence);
    expect(valences).toContain('positive');
    expect(valences).toContain('negative');
  });

  it('gives each kind in a step its own single-letter shortcut', () => {
    for (const step of steps) {
      expect(duplicateShortcuts(step), step.id).toEqual([]);
      for (const kind of step.noteKinds) expect(NOTE_KINDS[kind].shortcut).toMatch(/^[a-z]$/);
    }
  });
}
