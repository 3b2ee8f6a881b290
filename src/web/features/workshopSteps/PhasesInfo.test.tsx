import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PHASE_QUESTIONS } from '../../../domain/method/phaseQuestions.ts';
import { PROJECT_PHASES } from '../../../domain/projectPhases.ts';
import { da } from '../../i18n/da.ts';
import { InfoStep } from './InfoStep.tsx';

const html = (phase: 'operation' | null) => renderToStaticMarkup(<InfoStep content="phases" options={{ phase }} />);
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('the phases info step', () => {
  it("says the workshop's phase in words, once, and asks only that phase's questions", () => {
    const page = html('operation');
    expect(page.split(da['infoPhases.focus']).length - 1).toBe(1);
    const focused = page.slice(page.indexOf('data-testid="phase-operation"'));
    expect(focused).toContain(da['infoPhases.focus']);
    for (const phase of PROJECT_PHASES) {
      for (const question of PHASE_QUESTIONS[phase.id]) {
        if (phase.id === 'operation') expect(page).toContain(escaped(question.text.da));
        else expect(page).not.toContain(escaped(question.text.da));
      }
    }
  });

  it('without a phase, asks every phase its questions and singles none out', () => {
    const page = html(null);
    expect(page).not.toContain(da['infoPhases.focus']);
    for (const phase of PROJECT_PHASES) for (const question of PHASE_QUESTIONS[phase.id]) expect(page).toContain(escaped(question.text.da));
  });
});
