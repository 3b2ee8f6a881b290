import type { TemplateDefinition } from '../template.ts';
import { REVIEW_STEP } from './reviewStep.ts';

/** The phase dialogue: how staff are involved in the project's current phase, or in all four. */
export const FOUR_PHASES: TemplateDefinition = {
  id: 'four-phases',
  name: { da: 'Inddragelse i de fire faser', en: 'Involvement in the four phases' },
  description: {
    da: 'Vi taler om, hvordan medarbejderne kan være med i den fase, projektet er i – eller i alle fire – og aftaler, hvem der gør hvad.',
    en: 'We talk about how staff can take part in the phase the project is in – or in all four – and agree who does what.',
  },
  audience: {
    da: 'Til projektgruppen, ledere og repræsentanter, når et projekt starter eller skifter fase.',
    en: 'For the project group, leaders and representatives, when a project starts or moves to a new phase.',
  },
  asksForPhase: true,
  comparison: null,
  steps: [
    REVIEW_STEP,
    {
      id: 'phases',
      kind: 'info',
      title: { da: 'Projektets fire faser', en: 'The four phases of a project' },
      prompt: {
        da: 'Hvor er projektet nu, og hvad er allerede besluttet? Hvad kan vi stadig påvirke?',
        en: 'Where is the project now, and what has already been decided? What can we still influence?',
      },
      facilitatorHint: {
        da: 'Vis faserne, og peg på den, I er i. Sig ærligt, hvilke døre der er lukket, og hvilke der stadig står på klem.',
        en: 'Show the phases and point to the one you are in. Say honestly which doors are closed and which are still ajar.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: 'phases',
      suggestedMinutes: 10,
    },
    {
      id: 'questions',
      kind: 'notes',
      title: { da: 'Spørgsmålene', en: 'The questions' },
      prompt: {
        da: 'Svar på spørgsmålene for fasen. Skriv ét svar pr. seddel under det spørgsmål, det hører til.',
        en: 'Answer the questions for the phase. Write one answer per note under the question it belongs to.',
      },
      facilitatorHint: {
        da: 'Tag et spørgsmål ad gangen, eller lad grupper tage hver sit. Saml op på tværs, før I går videre.',
        en: 'Take one question at a time, or let groups take one each. Sum up across them before moving on.',
      },
      categorySet: 'phaseQuestions',
      noteKinds: ['answer'],
      voting: false,
      info: null,
      suggestedMinutes: 25,
    },
    {
      id: 'actions',
      kind: 'actions',
      title: { da: 'Hvem gør hvad hvornår', en: 'Who does what by when' },
      prompt: {
        da: 'Hvad skal der ske, for at svarene bliver til virkelighed? Hvem sørger for det, og hvornår?',
        en: 'What needs to happen for the answers to become real? Who sees to it, and by when?',
      },
      facilitatorHint: {
        da: 'Én handling pr. aftale, med en ansvarlig og en dato. Knyt den til det spørgsmål, den svarer på.',
        en: 'One action per agreement, with an owner and a date. Link it to the question it answers.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
    {
      id: 'roles',
      kind: 'register',
      title: { da: 'Rollerne i projektet', en: 'Roles in the project' },
      prompt: {
        da: 'Hvem tager del i projektet – ledere, medarbejdere, specialister, tillidsvalgte, udvalg og andre – og hvordan?',
        en: 'Who takes part in the project – leaders, employees, specialists, representatives, committees and others – and how?',
      },
      facilitatorHint: {
        da: 'Udfyld rolleplanen med det, I lige har aftalt. Den ligger på projektet bagefter og kan rettes der.',
        en: 'Fill in the roles plan with what you have just agreed. It stays on the project afterwards and can be edited there.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 15,
      register: 'rolesPlan',
    },
  ],
};
