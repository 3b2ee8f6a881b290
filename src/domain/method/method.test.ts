import { describe, expect, it } from 'vitest';
import { LOCALES, type Localized } from '../localized.ts';
import { PROJECT_PHASE_IDS } from '../projectPhases.ts';
import { INVOLVEMENT_ROLE_IDS, INVOLVEMENT_ROLES, TEAM_CAUTIONS } from './involvementRoles.ts';
import { PHASE_GUIDES, PHASE_QUESTIONS } from './phaseQuestions.ts';
import { INVISIBLE_WORK, TASK_MOVES } from './taskMoves.ts';
import { ADVICE_IDS, TEN_ADVICE } from './tenAdvice.ts';

function expectWritten(text: Localized): void {
  for (const locale of LOCALES) expect(text[locale].trim(), JSON.stringify(text)).not.toBe('');
  expect(text.da, JSON.stringify(text)).not.toBe(text.en);
}

describe('the method texts', () => {
  it('have questions for every phase, with ids of the form <phase>-<n>', () => {
    for (const phase of PROJECT_PHASE_IDS) {
      const questions = PHASE_QUESTIONS[phase];
      expect(questions.length).toBeGreaterThan(0);
      expect(questions.map((q) => q.id)).toEqual(questions.map((_, i) => `${phase}-${i + 1}`));
      questions.forEach((q) => expectWritten(q.text));
    }
  });

  it('guide every phase in two to four points', () => {
    for (const phase of PROJECT_PHASE_IDS) {
      const guide = PHASE_GUIDES[phase];
      expectWritten(guide.summary);
      expect(guide.involvement.length).toBeGreaterThanOrEqual(2);
      expect(guide.involvement.length).toBeLessThanOrEqual(4);
      guide.involvement.forEach(expectWritten);
    }
  });

  it('give ten pieces of advice under the ids the checklist rows use', () => {
    // The ids are a literal union: the checklist's code naming one fails to compile if it is renamed.
    expect(TEN_ADVICE.map((a) => a.id)).toEqual([...ADVICE_IDS]);
    expect(new Set(ADVICE_IDS).size).toBe(10);
    for (const advice of TEN_ADVICE) [advice.title, advice.explanation].forEach(expectWritten);
  });

  it('describe the six roles under the ids the roles plan uses, with the cautions for choosing a team', () => {
    expect(INVOLVEMENT_ROLES.map((r) => r.id)).toEqual([...INVOLVEMENT_ROLE_IDS]);
    expect(new Set(INVOLVEMENT_ROLE_IDS).size).toBe(6);
    for (const role of INVOLVEMENT_ROLES) {
      [role.name, role.summary, ...role.tasks].forEach(expectWritten);
      expect(role.tasks.length).toBeGreaterThan(0);
    }
    expect(TEAM_CAUTIONS).toHaveLength(3);
    TEAM_CAUTIONS.forEach(expectWritten);
  });

  it('explain the three ways tasks move, with an example each, and the invisible work', () => {
    expect(TASK_MOVES.map((m) => m.id)).toEqual(['between-groups', 'to-central-unit', 'to-citizens']);
    for (const move of TASK_MOVES) [move.name, move.explanation, move.example].forEach(expectWritten);
    [INVISIBLE_WORK.explanation, INVISIBLE_WORK.whoCarriesIt, ...INVISIBLE_WORK.examples].forEach(expectWritten);
    expect(INVISIBLE_WORK.examples.length).toBeGreaterThan(0);
  });
});
