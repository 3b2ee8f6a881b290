import type { TemplateDefinition } from '../template.ts';
import { REVIEW_STEP } from './reviewStep.ts';

/** The committee dialogue on tasks that technology moved: what we saw, whom it burdens, and what we do. */
export const TASKS_MOVE: TemplateDefinition = {
  id: 'tasks-move',
  name: { da: 'Teknologien flytter opgaver', en: 'Technology moves tasks' },
  description: {
    da: 'Vi finder de uventede og uønskede følger af ny teknologi: hvilke opgaver der flyttede, hvem det belaster, og hvad vi kan gøre – selv eller ved at sende det videre.',
    en: 'We find the unexpected and unwanted effects of new technology: which tasks moved, whom it burdens, and what we can do – ourselves or by passing it on.',
  },
  audience: {
    da: 'Til et møde i MED-udvalget, arbejdsmiljøorganisationen eller samarbejdsudvalget, sammen med ledelsen.',
    en: 'For a meeting of the MED committee, the work environment organisation or the cooperation committee, with management.',
  },
  asksForPhase: false,
  comparison: null,
  steps: [
    REVIEW_STEP,
    {
      id: 'intro',
      kind: 'info',
      title: { da: 'Når opgaver flytter', en: 'When tasks move' },
      prompt: {
        da: 'Læs om de tre måder, teknologi flytter opgaver på, og om det usynlige arbejde. Kender vi det hjemmefra?',
        en: 'Read about the three ways technology moves tasks, and about invisible work. Do we recognise it here?',
      },
      facilitatorHint: {
        da: 'Bed om et eksempel fra jeres egen arbejdsplads til hver af de tre måder.',
        en: 'Ask for an example from your own workplace for each of the three ways.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: 'taskMoves',
      suggestedMinutes: 10,
    },
    {
      id: 'seen',
      kind: 'notes',
      title: { da: 'Hvad har vi set?', en: 'What have we seen?' },
      prompt: {
        da: 'Har ny teknologi haft følger, vi ikke havde regnet med eller ikke ønskede? Hvilke opgaver, og hvordan flyttede de?',
        en: 'Has new technology had effects we did not expect or did not want? Which tasks, and how did they move?',
      },
      facilitatorHint: {
        da: 'Lilla sedler, under den måde opgaven flyttede på. Skriv opgaven og systemet, ikke navne på personer.',
        en: 'Purple notes, under the way the task moved. Write the task and the system, not people’s names.',
      },
      categorySet: 'taskMoves',
      noteKinds: ['consequence'],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
    {
      id: 'burdens',
      kind: 'notes',
      title: { da: 'Hvordan belaster det?', en: 'How does it burden?' },
      prompt: {
        da: 'Hvordan mærkes følgerne i arbejdet: mere pres, mindre plads til faglige skøn, mindre fleksibilitet, arbejde ingen ser?',
        en: 'How are the effects felt at work: more pressure, less room for professional judgement, less flexibility, work nobody sees?',
      },
      facilitatorHint: {
        da: 'Én belastning pr. seddel, under den slags belastning, det er.',
        en: 'One burden per note, under the kind of burden it is.',
      },
      categorySet: 'burdens',
      noteKinds: ['consequence'],
      voting: false,
      info: null,
      suggestedMinutes: 10,
    },
    {
      id: 'whom',
      kind: 'notes',
      title: { da: 'Hvem rammer det?', en: 'Whom does it hit?' },
      prompt: {
        da: 'Hvem bærer følgerne: bestemte faggrupper, enkelte medarbejdere, eller borgere og kunder?',
        en: 'Who carries the effects: particular staff groups, individual employees, or citizens and customers?',
      },
      facilitatorHint: {
        da: 'Skriv faggruppen eller rollen, ikke navne. Rammer det enkelte, så beskriv situationen, ikke personen.',
        en: 'Write the staff group or the role, not names. If it hits individuals, describe the situation, not the person.',
      },
      categorySet: 'burdened',
      noteKinds: ['consequence'],
      voting: false,
      info: null,
      suggestedMinutes: 10,
    },
    {
      id: 'shifts',
      kind: 'register',
      title: { da: 'Opgaver, der er flyttet', en: 'Tasks that moved' },
      prompt: {
        da: 'Skriv de flyttede opgaver ind: hvorfra, hvortil, hvordan det belaster, og hvem.',
        en: 'Record the tasks that moved: from where, to where, how it burdens, and whom.',
      },
      facilitatorHint: {
        da: 'Brug sedlerne fra før som udgangspunkt. Registret ligger på projektet og kan følges op i udvalget.',
        en: 'Start from the notes so far. The register stays on the project and can be followed up in the committee.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 15,
      register: 'taskShifts',
    },
    {
      id: 'invisible',
      kind: 'register',
      title: { da: 'Det usynlige arbejde', en: 'The invisible work' },
      prompt: {
        da: 'Hvilket arbejde står ingen steder, men holder det hele sammen? Hvilken faggruppe bærer det?',
        en: 'What work is written down nowhere but holds it all together? Which staff group carries it?',
      },
      facilitatorHint: {
        da: 'Skriv faggruppen, ikke personen – en person kun, hvis vedkommende selv vil stå der.',
        en: 'Record the staff group, not the person – a person only if they want to be named.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 10,
      register: 'invisibleWork',
    },
    {
      id: 'remedies',
      kind: 'brainstorm',
      title: { da: 'Hvad kan vi gøre?', en: 'What can we do?' },
      prompt: {
        da: 'Hvad kan vi gøre for at mindske følgerne? Hvad klarer vi selv, og hvad skal sendes videre op i organisationen?',
        en: 'What can we do to lessen the effects? What do we handle ourselves, and what must be sent further up the organisation?',
      },
      facilitatorHint: {
        da: 'Saml forslag under »selv« eller »videre op«, grupér dem, der ligner hinanden, og stem om, hvad der er vigtigst.',
        en: 'Collect suggestions under “ourselves” or “upward”, group similar ones and vote on what matters most.',
      },
      categorySet: 'scope',
      noteKinds: ['remedy'],
      voting: true,
      info: null,
      suggestedMinutes: 15,
    },
    {
      id: 'actions',
      kind: 'actions',
      title: { da: 'Hvem gør hvad hvornår', en: 'Who does what by when' },
      prompt: {
        da: 'Hvem sørger for hvad, og hvornår? Hvad sender vi videre, og til hvem?',
        en: 'Who takes care of what, and by when? What do we pass on, and to whom?',
      },
      facilitatorHint: {
        da: 'Marker hver handling som vores egen eller sendt videre op, så den kan følges i udvalget.',
        en: 'Mark each action as ours or sent upward, so the committee can follow it.',
      },
      categorySet: null,
      noteKinds: [],
      voting: false,
      info: null,
      suggestedMinutes: 15,
    },
  ],
};
