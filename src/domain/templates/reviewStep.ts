import type { StepDefinition } from '../template.ts';

/**
 * The step a project's dialogues open with: what happened to the actions earlier workshops
 * decided. Each open action is marked done, kept open with a new date, or dropped with a reason;
 * the action plan gets the decision and its history says which meeting made it.
 */
export const REVIEW_STEP: StepDefinition = {
  id: 'review',
  kind: 'review',
  title: { da: 'Siden sidst', en: 'Since last time' },
  prompt: {
    da: 'Hvordan er det gået med det, vi besluttede sidst? Er det gjort, skal det have en ny dato, eller lægger vi det fra os?',
    en: 'How did it go with what we decided last time? Is it done, does it need a new date, or do we let it go?',
  },
  facilitatorHint: {
    da: 'Tag de åbne handlinger én ad gangen. Spørg den ansvarlige, hvor sagen står. Lægger I en handling fra jer, så skriv hvorfor, så andre kan se det bagefter.',
    en: 'Take the open actions one at a time. Ask whoever is responsible where things stand. If you let an action go, write why, so others can see it afterwards.',
  },
  categorySet: null,
  noteKinds: [],
  voting: false,
  info: null,
  suggestedMinutes: 10,
};
