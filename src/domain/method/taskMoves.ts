import type { Localized } from '../localized.ts';

export const TASK_MOVE_IDS = ['between-groups', 'to-central-unit', 'to-citizens'] as const;
export type TaskMoveId = (typeof TASK_MOVE_IDS)[number];

export interface TaskMove {
  readonly id: TaskMoveId;
  readonly name: Localized;
  readonly explanation: Localized;
  readonly example: Localized;
}

/** The three ways a new technology moves tasks, each with an everyday example. */
export const TASK_MOVES: readonly TaskMove[] = [
  {
    id: 'between-groups',
    name: { da: 'Mellem faggrupper', en: 'Between staff groups' },
    explanation: {
      da: 'Et nyt system lægger en opgave hos en anden gruppe end før – ofte uden at den tid, det tager, er regnet med.',
      en: 'A new system places a task with another group than before – often without counting the time it takes.',
    },
    example: {
      da: 'Vagtplanen, som en planlægger før lagde, ligger nu i en app, hvor hver enkelt selv bytter vagter og holder styr på reglerne.',
      en: 'The rota that a planner used to draw up now sits in an app where each person swaps shifts and keeps track of the rules themselves.',
    },
  },
  {
    id: 'to-central-unit',
    name: { da: 'Til en central enhed eller et callcenter', en: 'To a central unit or call centre' },
    explanation: {
      da: 'Opgaver bliver samlet ét sted og gjort ens. Det kan spare tid, men den lokale fleksibilitet forsvinder, og det, der ikke passer ind i standarden, bliver let usynligt.',
      en: 'Tasks are gathered in one place and made uniform. It can save time, but local flexibility goes, and what does not fit the standard easily becomes invisible.',
    },
    example: {
      da: 'Opkald til den lokale afdeling bliver stillet om til en fælles kundeservice, der ikke kender stedet – så de svære sager alligevel ender hos de gamle medarbejdere.',
      en: 'Calls to the local office are routed to a shared customer service that does not know the place – so the hard cases end up with the old staff anyway.',
    },
  },
  {
    id: 'to-citizens',
    name: { da: 'Til borgere og kunder', en: 'To citizens and customers' },
    explanation: {
      da: 'Selvbetjening lader folk klare sagen selv, når det passer dem. Men ikke alle kan, og når sagen ikke passer i skabelonen, vokser køen i telefonen.',
      en: 'Self-service lets people sort things out themselves when it suits them. But not everyone can, and when a case does not fit the template, the phone queue grows.',
    },
    example: {
      da: 'En ansøgning skal nu udfyldes på nettet; ældre borgere ringer eller møder op for at få hjælp til at klikke sig igennem.',
      en: 'An application must now be filled in online; older citizens phone or come in to get help clicking their way through.',
    },
  },
];

export interface InvisibleWork {
  readonly explanation: Localized;
  readonly examples: readonly Localized[];
  /** Why the register records the staff group that carries it, never a named person. */
  readonly whoCarriesIt: Localized;
}

/** Informal work no description names, which technology can add to and take away without anyone seeing. */
export const INVISIBLE_WORK: InvisibleWork = {
  explanation: {
    da: 'Usynligt arbejde er det, der får arbejdspladsen til at hænge sammen, men som ingen stillingsbeskrivelse eller arbejdsgang nævner. Ny teknologi kan give mere af det – arbejdet med at få systemet til at fungere i praksis eller med at lappe dets huller – og det bliver sjældent talt med.',
    en: 'Invisible work is what holds a workplace together but appears in no job description or workflow. New technology can add to it – the work of making the system function in practice or of patching its gaps – and it is seldom counted.',
  },
  examples: [
    { da: 'At tage over for en syg kollega eller i ferien', en: 'Covering for a sick colleague or during the holidays' },
    { da: 'At få dagens puslespil med folk, rum og opgaver til at gå op', en: 'Making the day’s puzzle of people, rooms and tasks fit' },
    { da: 'At vise nye kolleger til rette og være deres sparringspartner', en: 'Showing new colleagues the ropes and being their sounding board' },
    { da: 'At hjælpe en borger i gang med en ny velfærdsteknologi', en: 'Helping a citizen get started with a new welfare technology' },
    { da: 'At hjælpe kolleger, der har glemt, hvordan systemet virker', en: 'Helping colleagues who have forgotten how the system works' },
  ],
  whoCarriesIt: {
    da: 'Meget af det usynlige arbejde bliver gjort af kvinder, og det kan koste på karrieren, fordi det sjældent bliver set. Skriv derfor, hvilken faggruppe der bærer det – ikke hvem. En person står der kun, hvis vedkommende selv skriver sig på.',
    en: 'Much invisible work is done by women, and it can cost them in their careers because it is rarely seen. So record which staff group carries it – not who. A person is named only if they add themselves.',
  },
};
