import { describe, expect, it } from 'vitest';
import { NOTE_KINDS } from './noteKinds.ts';
import { findTemplate, TEMPLATE_IDS, TEMPLATES } from './templateRegistry.ts';
import { duplicateShortcuts } from './testing/templateContract.ts';

describe('the template registry', () => {
  it('holds exactly the templates TEMPLATE_IDS names, each under its own id', () => {
    expect(Object.keys(TEMPLATES)).toEqual([...TEMPLATE_IDS]);
    for (const id of TEMPLATE_IDS) expect(TEMPLATES[id]?.id).toBe(id);
  });

  it('finds nothing for an unknown id', () => {
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  it('never gives two kinds in one step the same shortcut, in any template', () => {
    for (const template of Object.values(TEMPLATES)) {
      for (const step of template.steps) expect(duplicateShortcuts(step), `${template.id}/${step.id}`).toEqual([]);
    }
  });

  it('never gives two kinds in one step the same colour, so a step’s notes can be told apart at a glance', () => {
    for (const template of Object.values(TEMPLATES)) {
      for (const step of template.steps) {
        const colours = step.noteKinds.map((k) => NOTE_KINDS[k].colour);
        expect(new Set(colours).size, `${template.id}/${step.id}`).toBe(colours.length);
      }
    }
  });
});
