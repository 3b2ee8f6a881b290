import type { Localized } from '../localized.ts';

export const INVOLVEMENT_ROLE_IDS = ['leaders', 'employees', 'specialists', 'representatives', 'committees', 'others'] as const;
export type InvolvementRoleId = (typeof INVOLVEMENT_ROLE_IDS)[number];

export interface InvolvementRole {
  readonly id: InvolvementRoleId;
  readonly name: Localized;
  readonly summary: Localized;
  readonly tasks: readonly Localized[];
}

/** Who takes part in a digitalisation and with what; the roles plan has a row for each, by id. */
export const INVOLVEMENT_ROLES: readonly InvolvementRole[] = [
  {
    id: 'leaders',
    name: { da: 'Ledere', en: 'Leaders' },
    summary: {
      da: 'Sætter rammen: hvad projektet skal give, hvad der ligger fast, og hvad der stadig kan ændres.',
      en: 'Set the frame: what the project should deliver, what is settled and what can still change.',
    },
    tasks: [
      {
        da: 'Sig, hvilke gevinster der ventes, for hvem og hvornår, og hvordan de bliver målt',
        en: 'Say which gains are expected, for whom and when, and how they will be measured',
      },
      { da: 'Sig, hvad frigjort tid og frigjorte penge skal bruges til', en: 'Say what freed time and money will be used for' },
      { da: 'Nævn de mulige skadevirkninger, og hvordan de bliver håndteret', en: 'Name the possible harms and how they will be handled' },
      {
        da: 'Hjælp alle med at se deres egen rolle – i projektet og i tiden bagefter',
        en: 'Help everyone see their own role – in the project and in the time after it',
      },
    ],
  },
  {
    id: 'employees',
    name: { da: 'Medarbejdere generelt', en: 'Employees in general' },
    summary: {
      da: 'Kender det daglige arbejde indefra og bringer den viden ind i projektet.',
      en: 'Know the daily work from the inside and bring that knowledge into the project.',
    },
    tasks: [
      { da: 'Fortæl ledere og specialister, hvordan arbejdet faktisk foregår', en: 'Tell leaders and specialists how the work is really done' },
      { da: 'Vurder, hvad forandringen betyder for de seks kendetegn', en: 'Judge what the change means for the six traits' },
      { da: 'Stil spørgsmål og giv input, når der bliver informeret', en: 'Ask questions and give input when information is shared' },
    ],
  },
  {
    id: 'specialists',
    name: { da: 'Fagspecialister og superbrugere', en: 'Specialists and super-users' },
    summary: {
      da: 'Repræsenterer kollegernes faglige blik, når løsningen bliver udviklet og afprøvet.',
      en: 'Represent their colleagues’ professional view while the solution is developed and tested.',
    },
    tasks: [
      { da: 'Bidrag med faglig viden til krav og design', en: 'Bring professional knowledge to requirements and design' },
      { da: 'Afprøv løsningen på virkelige opgaver', en: 'Try the solution on real tasks' },
      { da: 'Hold kollegerne orienteret, og tag deres input med tilbage', en: 'Keep colleagues informed and carry their input back' },
    ],
  },
  {
    id: 'representatives',
    name: { da: 'Tillidsvalgte (TR og AMR)', en: 'Elected representatives (union and safety reps)' },
    summary: {
      da: 'Er kollegernes stemme, når projektet bliver styret, med blik for arbejdsmiljø og personaleforhold.',
      en: 'Speak for colleagues where the project is steered, with an eye on the work environment and staff matters.',
    },
    tasks: [
      { da: 'Udfordr antagelserne i business case og gevinstplan', en: 'Challenge the assumptions in the business case and benefit plan' },
      { da: 'Rejs spørgsmål om det gode arbejde og arbejdsmiljøet', en: 'Raise questions about good work and the work environment' },
      { da: 'Følg tæt, hvad projektet betyder for personalet', en: 'Follow closely what the project means for staff' },
      { da: 'Tal løbende med kollegerne om deres uro og bekymringer', en: 'Keep talking with colleagues about their unease and worries' },
    ],
  },
  {
    id: 'committees',
    name: { da: 'Samarbejdsudvalg (MED, SU, AMO/AMU)', en: 'Cooperation committees (MED, SU, AMO/AMU)' },
    summary: {
      da: 'Drøfter de principielle og organisatoriske følger i alle projektets faser.',
      en: 'Discuss matters of principle and the organisational effects in every phase of the project.',
    },
    tasks: [
      {
        da: 'Drøft formål, mulige gevinster, bivirkninger og alternativer, mens idéen bliver formet',
        en: 'Discuss purpose, possible gains, side effects and alternatives while the idea takes shape',
      },
      { da: 'Gå antagelserne bag business casen efter i sømmene', en: 'Examine the assumptions behind the business case' },
      { da: 'Hold fast i kerneopgaven, når kravene bliver skrevet', en: 'Keep the core task in view when the requirements are written' },
      {
        da: 'Se efter, at planen for indførelsen er realistisk og giver tid til oplæring',
        en: 'Check that the rollout plan is realistic and leaves time for training',
      },
    ],
  },
  {
    id: 'others',
    name: { da: 'Andre, fx kunderepræsentanter og andre afdelinger', en: 'Others, e.g. customer representatives and other units' },
    summary: {
      da: 'Dem uden for teamet, som forandringen også rammer.',
      en: 'People outside the team whom the change also affects.',
    },
    tasks: [
      { da: 'Fortæl, hvordan ændringen rammer jer', en: 'Tell how the change affects you' },
      { da: 'Vær med, når fælles arbejdsgange og overleveringer bliver lagt fast', en: 'Take part when shared workflows and hand-overs are settled' },
    ],
  },
];

/** What to keep in mind when choosing who represents colleagues in a project. */
export const TEAM_CAUTIONS: readonly Localized[] = [
  {
    da: 'Tag ikke kun de mest digitale kolleger med; almindelige og kritiske brugere ser andre ting.',
    en: 'Do not bring in only the most digital colleagues; typical and critical users see other things.',
  },
  {
    da: 'Ingen skal presses til at være projektets ambassadør; en repræsentant må gerne være uenig.',
    en: 'No one should be pushed into being the project’s ambassador; a representative may disagree.',
  },
  {
    da: 'Giv repræsentanterne tid og rammer til at tale med de kolleger, de repræsenterer.',
    en: 'Give representatives the time and conditions to talk with the colleagues they represent.',
  },
];
