import type { TemplateDefinition } from '../template.ts';
import { REVIEW_STEP } from './reviewStep.ts';

/** The compass workshop, held before a digitalisation: five steps from the six traits to actions. */
export const COMPASS_BEFORE: TemplateDefinition = {
  id: 'compass-before',
  name: { da: 'Kompasset før en digitalisering', en: 'The compass before a digitalisation' },
  description: {
    da: 'Vi bruger de seks kendetegn ved godt arbejde til at tale om, hvad det nye system vil betyde for vores arbejde, og beslutter, hvad der skal til.',
    en: 'We use the six traits of good work to talk about what the new system will mean for our work, and decide what it takes.',
  },
  audience: {
    da: 'Til en afdeling eller et team, før et nyt system kommer. Forventningerne herfra kan senere stilles op mod en status efter.',
    en: 'For a unit or team, before a new system arrives. The expectations from it can later be set against a status after.',
  },
  asksForPhase: false,
  comparison: { side: 'expected', stepId: 'expectations' },
  steps: [
    REVIEW_STEP,
    {
      id: 'traits',
      kind: 'info',
      title: { da: 'De seks kendetegn', en: 'The six traits' },
      prompt: {
        da: 'Læs de seks kendetegn ved godt arbejde sammen. Hvad betyder hvert af dem hos os?',
        en: 'Read the six traits of good work together. What does each of them mean here?',
      },
      facilitatorHint: {
        da: 'Gå kendetegnene igennem ét ad gangen, og spørg efter et eksempel fra hverdagen til hvert.',
        en: 'Go through the traits one at a time and ask for an everyday example of each.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: 'rasmus',
      suggestedMinutes: 10,
    },
    {
      id: 'today',
      kind: 'notes',
      title: { da: 'Teknologien i dag', en: 'Technology today' },
      prompt: {
        da: 'Hvordan påvirker de systemer, I bruger nu, hvert af de seks kendetegn?',
        en: 'How do the systems you use now affect each of the six traits?',
      },
      facilitatorHint: {
        da: 'Orange sedler. Én tanke pr. seddel. Slå privat skrivning til, hvis folk skal tænke selv først.',
        en: 'Orange notes. One thought per note. Turn on private writing if people should think alone first.',
      },
      categorySet: 'traits',
      noteKinds: ['today'],
      voting: false,
      info: null,
      suggestedMinutes: 10,
    },
    {
      id: 'expectations',
      kind: 'notes',
      title: { da: 'Forventninger til det nye system', en: 'Expectations of the new system' },
      prompt: {
        da: 'Hvad forventer I bliver bedre, og hvad bliver værre, når den nye teknologi kommer?',
        en: 'What do you expect will get better, and what will get worse, when the new technology arrives?',
      },
      facilitatorHint: {
        da: 'Grønne sedler for det, der bliver bedre, røde for det, der bliver værre, på hvert kendetegn.',
        en: 'Green notes for what gets better, red for what gets worse, on each trait.',
      },
      categorySet: 'traits',
      noteKinds: ['better', 'worse'],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
    {
      id: 'preconditions',
      kind: 'brainstorm',
      title: { da: 'Forudsætninger', en: 'Preconditions' },
      prompt: {
        da: 'Hvad skal der til, for at det grønne sker og det røde bliver mindre? Hvornår skal det ske: før, under eller efter?',
        en: 'What will it take for the green to happen and the red to shrink? When must it happen: before, during or after?',
      },
      facilitatorHint: {
        da: 'Saml forudsætningerne, grupér dem, der ligner hinanden, og åbn for prikafstemning, hvis I skal prioritere.',
        en: 'Collect the preconditions, group similar ones, and open dot voting if you need to prioritise.',
      },
      categorySet: 'timing',
      noteKinds: ['idea'],
      voting: true,
      info: null,
      suggestedMinutes: 20,
    },
    {
      id: 'actions',
      kind: 'actions',
      title: { da: 'Hvem gør hvad hvornår', en: 'Who does what by when' },
      prompt: {
        da: 'Hvem sørger for hvad, og hvornår, så vi holder fast i det gode arbejde under hele forløbet?',
        en: 'Who takes care of what, and by when, so we hold on to good work throughout?',
      },
      facilitatorHint: {
        da: 'Skriv handlinger med en ansvarlig og en dato. Knyt dem til de sedler eller kendetegn, de kommer fra.',
        en: 'Write actions with an owner and a date. Link them to the notes or traits they came from.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
  ],
};
