import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { INVOLVEMENT_ROLES } from '../../../domain/method/involvementRoles.ts';
import { TEN_ADVICE } from '../../../domain/method/tenAdvice.ts';
import { PHASE_QUESTIONS } from '../../../domain/method/phaseQuestions.ts';
import { TASK_MOVES } from '../../../domain/method/taskMoves.ts';
import { PROJECT_PHASES } from '../../../domain/projectPhases.ts';
import { RASMUS_TRAITS } from '../../../domain/rasmusTraits.ts';
import { TEMPLATE_IDS, TEMPLATES } from '../../../domain/templateRegistry.ts';
import { da } from '../../i18n/da.ts';
import { MethodPage } from './MethodPage.tsx';

// The server renderer has no browser location: wouter is told the path.
const html = renderToStaticMarkup(
  <Router ssrPath="/method">
    <MethodPage />
  </Router>,
);
const text = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('MethodPage', () => {
  it('has one h1, then h2 sections with h3 items, never skipping a level', () => {
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - (levels[i - 1] ?? 1), `heading ${i}`).toBeLessThanOrEqual(1);
    });
  });

  it('lists its sections in a named navigation landmark that links to each', () => {
    expect(html).toContain(`<nav class="method-contents" aria-label="${da['method.contents']}">`);
    for (const id of ['traits', 'phases', 'advice', 'roles', 'tasks', 'dialogues', 'sources']) {
      expect(html).toContain(`href="#method-${id}"`);
      expect(html).toContain(`id="method-${id}"`);
    }
  });

  it('explains the six traits, the four phases with their questions, the ten pieces of advice and the roles', () => {
    for (const trait of RASMUS_TRAITS) expect(html).toContain(text(trait.name.da));
    for (const phase of PROJECT_PHASES) {
      expect(html).toContain(text(phase.label.da));
      for (const q of PHASE_QUESTIONS[phase.id]) expect(html).toContain(text(q.text.da));
    }
    for (const advice of TEN_ADVICE) expect(html).toContain(text(advice.title.da));
    for (const role of INVOLVEMENT_ROLES) expect(html).toContain(text(role.name.da));
    for (const move of TASK_MOVES) expect(html).toContain(text(move.name.da));
  });

  it('names every dialogue Kompas runs', () => {
    for (const id of TEMPLATE_IDS) expect(html).toContain(text(TEMPLATES[id]?.name.da ?? id));
  });

  it('names both booklets and their publishers, and says the texts are its own words', () => {
    expect(html).toContain(text(da['method.source1Title']));
    expect(html).toContain(text(da['method.source2Title']));
    expect(html).toContain('BFA Finans');
    expect(html).toContain('BFA Velfærd &amp; Offentlig administration');
    expect(html).toContain(text(da['method.ownWords']));
  });
});
