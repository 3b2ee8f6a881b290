import type { TemplateDefinition } from '../template.ts';
import { REVIEW_STEP } from './reviewStep.ts';

/** The roles workshop: who takes part in the project and how, checked against the ten pieces of advice. */
export const ROLES_PLAN: TemplateDefinition = {
  id: 'roles-plan',
  name: { da: 'Roller i projektet', en: 'Roles in the project' },
  description: {
    da: 'Vi fylder rolleplanen ud sammen – hvem gør hvad, hvordan og hvor tit – og ser de ti råd om inddragelse efter.',
    en: 'We fill in the roles plan together – who does what, how and how often – and go through the ten pieces of advice on involvement.',
  },
  audience: {
    da: 'Til projektgruppen eller samarbejdsudvalget, når et projekt sættes i gang eller skal have nyt liv.',
    en: 'For the project group or the cooperation committee, when a project starts or needs new life.',
  },
  asksForPhase: false,
  comparison: null,
  steps: [
    REVIEW_STEP,
    {
      id: 'roles',
      kind: 'info',
      title: { da: 'Rollerne', en: 'The roles' },
      prompt: {
        da: 'Læs om rollerne: ledere, medarbejdere, specialister, tillidsvalgte, samarbejdsudvalg og andre. Hvem er det hos os?',
        en: 'Read about the roles: leaders, employees, specialists, representatives, committees and others. Who are they here?',
      },
      facilitatorHint: {
        da: 'Læg vægt på forskellen mellem at bidrage fagligt og at repræsentere kollegerne, og på de tre ting at passe på, når holdet sættes.',
        en: 'Stress the difference between contributing expertise and representing colleagues, and the three cautions when choosing the team.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: 'roles',
      suggestedMinutes: 10,
    },
    {
      id: 'plan',
      kind: 'register',
      title: { da: 'Rolleplanen', en: 'The roles plan' },
      prompt: {
        da: 'For hver rolle: hvad gør de, hvordan, hvornår og hvor tit – og hvor langt er vi?',
        en: 'For each role: what do they do, how, when and how often – and how far have we got?',
      },
      facilitatorHint: {
        da: 'Tag én række ad gangen. Det er fint at lade felter stå tomme og komme tilbage til dem.',
        en: 'Take one row at a time. It is fine to leave fields empty and come back to them.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 25,
      register: 'rolesPlan',
    },
    {
      id: 'advice',
      kind: 'register',
      title: { da: 'De ti råd', en: 'The ten pieces of advice' },
      prompt: {
        da: 'Hvor langt er vi med hvert af de ti råd om inddragelse? Hvad mangler?',
        en: 'How far have we got with each of the ten pieces of advice on involvement? What is missing?',
      },
      facilitatorHint: {
        da: 'Giv hvert råd en status og en kort note. Det, der mangler, bliver til handlinger i næste trin.',
        en: 'Give each piece of advice a status and a short note. What is missing becomes actions in the next step.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 20,
      register: 'adviceChecklist',
    },
    {
      id: 'actions',
      kind: 'actions',
      title: { da: 'Hvem gør hvad hvornår', en: 'Who does what by when' },
      prompt: {
        da: 'Hvad skal der til for at få rollerne på plads og rådene fulgt? Hvem gør det, og hvornår?',
        en: 'What will it take to get the roles in place and the advice followed? Who does it, and by when?',
      },
      facilitatorHint: {
        da: 'Skriv handlinger med en ansvarlig og en dato, og marker det, der skal sendes videre op.',
        en: 'Write actions with an owner and a date, and mark what has to be sent upward.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 10,
    },
  ],
};
