import type { Localized } from './localized.ts';
import type { InvolvementRoleId } from './method/involvementRoles.ts';
import type { AdviceId } from './method/tenAdvice.ts';
import type { ChoiceOption, FieldDefinition, FixedRow, RegisterDefinition } from './registerTypes.ts';

/**
 * The six registers a project keeps, as data: their fields, the rows they start with and who may
 * change them (decision 010). registers.ts gathers them in REGISTERS and holds the rules.
 */

/** A name, a task, a benefit: one line. */
export const REGISTER_SHORT_TEXT_MAX_LENGTH = 300;
/** What, how, why: a few sentences. */
export const REGISTER_LONG_TEXT_MAX_LENGTH = 2000;

const short = { kind: 'text', maxLength: REGISTER_SHORT_TEXT_MAX_LENGTH, multiline: false } as const;
const long = { kind: 'text', maxLength: REGISTER_LONG_TEXT_MAX_LENGTH, multiline: true } as const;

function options(labels: Readonly<Record<string, Localized>>): readonly ChoiceOption[] {
  return Object.entries(labels).map(([id, label]) => ({ id, label }));
}

function choice(labels: Readonly<Record<string, Localized>>): FieldDefinition['input'] {
  return { kind: 'choice', options: options(labels) };
}

function choices(labels: Readonly<Record<string, Localized>>): FieldDefinition['input'] {
  return { kind: 'choices', options: options(labels) };
}

function field(id: string, label: Localized, input: FieldDefinition['input'], help: Localized | null = null, required = false): FieldDefinition {
  return { id, label, help, input, required };
}

const PROGRESS = {
  not_started: { da: 'Ikke begyndt', en: 'Not started' },
  under_way: { da: 'I gang', en: 'Under way' },
  done: { da: 'Gjort', en: 'Done' },
} as const;

const STATUS: Localized = { da: 'Status', en: 'Status' };

const uncertainty = (): FieldDefinition =>
  field('uncertainty', { da: 'Usikkerhed', en: 'Uncertainty' }, choice({ low: { da: 'Lav', en: 'Low' }, medium: { da: 'Middel', en: 'Medium' }, high: { da: 'Høj', en: 'High' } }));

/** Rows named by the method's own ids (the roles, the pieces of advice), so a renamed id fails to compile here. */
function fixedRows<Id extends string>(labels: Readonly<Record<Id, Localized>>): readonly FixedRow[] {
  return (Object.entries(labels) as Array<[Id, Localized]>).map(([id, label]) => ({ id, label, data: {} }));
}

export const rolesPlan: RegisterDefinition = {
  id: 'rolesPlan',
  name: { da: 'Rolleplan', en: 'Roles plan' },
  description: {
    da: 'Hvem gør hvad i projektet, på hvilken måde og hvornår – og hvor langt er hver gruppe nået?',
    en: 'Who does what in the project, in what way and when – and how far has each group got?',
  },
  fields: [
    field('who', { da: 'Hvem', en: 'Who' }, short, { da: 'En gruppe eller et forum, ikke en enkelt person.', en: 'A group or a forum, not one person.' }, true),
    field('what', { da: 'Hvad', en: 'What' }, long, { da: 'Det, gruppen bidrager med i projektet.', en: 'What this group brings to the project.' }),
    field('how', { da: 'Hvordan', en: 'How' }, long, {
      da: 'Fx i en arbejdsgruppe, på personalemøder eller i MED.',
      en: 'For example in a working group, at staff meetings or in the committee.',
    }),
    field('when', { da: 'Hvornår og hvor ofte', en: 'When and how often' }, short),
    field('status', STATUS, choice(PROGRESS)),
    field('nextStep', { da: 'Næste skridt', en: 'Next step' }, long),
  ],
  fixedRows: fixedRows<InvolvementRoleId>({
    leaders: { da: 'Ledere', en: 'Managers' },
    employees: { da: 'Medarbejderne som helhed', en: 'Employees in general' },
    specialists: { da: 'Fagspecialister og superbrugere', en: 'Specialists and super users' },
    representatives: { da: 'Tillidsvalgte (TR og AMR)', en: 'Elected representatives' },
    committees: { da: 'Samarbejdsudvalg (MED, SU, AMO/AMU)', en: 'Cooperation committees' },
    others: { da: 'Andre, fx kunder eller andre afdelinger', en: 'Others, such as customers or other units' },
  }),
  rowsCanBeAdded: true,
  editableBy: 'member',
};

export const adviceChecklist: RegisterDefinition = {
  id: 'adviceChecklist',
  name: { da: 'Ti råd om inddragelse', en: 'Ten pieces of advice on involvement' },
  description: {
    da: 'Gå rådene igennem for projektet: hvad er gjort, hvad mangler, og hvad passer ikke her?',
    en: 'Go through the advice for this project: what is done, what is missing, and what does not fit here?',
  },
  fields: [
    field('status', STATUS, choice({ ...PROGRESS, not_relevant: { da: 'Ikke relevant her', en: 'Not relevant here' } })),
    field('note', { da: 'Note', en: 'Note' }, long, {
      da: 'Hvad har vi gjort, hvad gør vi nu, eller hvorfor passer rådet ikke her?',
      en: 'What have we done, what are we doing now, or why does the advice not fit here?',
    }),
  ],
  fixedRows: fixedRows<AdviceId>({
    'assess-consequences': { da: 'Lad medarbejderne vurdere følgerne for det gode arbejde', en: 'Let staff judge the effect on good work' },
    'clear-frame': { da: 'Sig tydeligt, hvad der ligger fast, og hvad der kan ændres', en: 'Say clearly what is settled and what can change' },
    inform: { da: 'Informér meget, og oversæt det tekniske sprog', en: 'Inform often, and put the technical words plainly' },
    'involve-early': { da: 'Inddrag medarbejderne tidligt', en: 'Involve staff early' },
    'clear-roles': { da: 'Gør det klart, hvem der deltager som hvad', en: 'Make clear who takes part in what role' },
    'use-committees': { da: 'Tag de principielle spørgsmål op i MED, SU og AMO/AMU', en: 'Take questions of principle to the committees' },
    'core-task': { da: 'Hold kerneopgaven for øje', en: 'Keep the core task in view' },
    'open-benefits': { da: 'Læg gevinsterne og deres forudsætninger frem', en: 'Be open about the benefits and what they rest on' },
    'invisible-work': { da: 'Tænk det usynlige arbejde med', en: 'Keep the invisible work in mind' },
    agile: { da: 'Overvej mindre skridt, der kan justeres undervejs', en: 'Consider smaller steps that can be adjusted on the way' },
  }),
  rowsCanBeAdded: false,
  editableBy: 'member',
};

export const taskShifts: RegisterDefinition = {
  id: 'taskShifts',
  name: { da: 'Opgaver, der flytter', en: 'Tasks that move' },
  description: {
    da: 'Opgaver, som teknologien har flyttet – til en anden faggruppe, til en central enhed eller over til borgere og kunder – og hvem det belaster.',
    en: 'Tasks that technology has moved – to another staff group, to a central unit or over to citizens and customers – and whom it burdens.',
  },
  fields: [
    field('task', { da: 'Opgave', en: 'Task' }, short, { da: 'Fx rejseafregning eller indtastning i journalen.', en: 'For example travel expenses or typing up records.' }, true),
    field('from', { da: 'Fra', en: 'From' }, short, { da: 'Den faggruppe eller enhed, der havde opgaven før.', en: 'The staff group or unit that had the task before.' }),
    field('to', { da: 'Til', en: 'To' }, short, { da: 'Hvem der har opgaven nu.', en: 'Who has the task now.' }),
    field('how', { da: 'Hvordan den flyttede', en: 'How it moved' }, choice({
      between_groups: { da: 'Til en anden faggruppe', en: 'To another staff group' },
      to_central_unit: { da: 'Til en central enhed eller et callcenter', en: 'To a central unit or call centre' },
      to_citizens: { da: 'Over til borgere eller kunder (selvbetjening)', en: 'Over to citizens or customers (self-service)' },
      centralisation: { da: 'Samlet ét sted (centralisering)', en: 'Gathered in one place (centralisation)' },
      standardisation: { da: 'Gjort ens for alle (standardisering)', en: 'Made the same everywhere (standardisation)' },
    })),
    field('burdens', { da: 'Hvordan det belaster', en: 'What burden it brings' }, choices({
      work_pressure: { da: 'Mere travlhed', en: 'More work pressure' },
      less_judgement: { da: 'Mindre plads til fagligt skøn', en: 'Less room for professional judgement' },
      less_flexibility: { da: 'Mindre fleksibilitet', en: 'Less flexibility' },
      invisible_work: { da: 'Arbejde, som ingen ser', en: 'Work nobody sees' },
      other: { da: 'Andet', en: 'Something else' },
    })),
    field('burdened', { da: 'Hvem det rammer', en: 'Whom it falls on' }, choices({
      staff_groups: { da: 'Bestemte faggrupper', en: 'Particular staff groups' },
      individuals: { da: 'Enkelte personer', en: 'Individuals' },
      citizens: { da: 'Borgere eller kunder', en: 'Citizens or customers' },
    })),
    field('burdenedDetail', { da: 'Hvilke grupper', en: 'Which groups' }, short, { da: 'Skriv faggrupper, ikke navne.', en: 'Name staff groups, not people.' }),
    field('response', { da: 'Hvad vi gør', en: 'What is being done' }, long, {
      da: 'Hvad vi kan klare selv, og hvad vi sender videre opad.',
      en: 'What we can handle ourselves, and what we pass upward.',
    }),
    field('status', STATUS, choice({ open: { da: 'Åben', en: 'Open' }, handled: { da: 'Taget hånd om', en: 'Handled' } })),
  ],
  fixedRows: [],
  rowsCanBeAdded: true,
  editableBy: 'member',
};

export const invisibleWork: RegisterDefinition = {
  id: 'invisibleWork',
  name: { da: 'Usynligt arbejde', en: 'Invisible work' },
  description: {
    da: 'Arbejde, som ingen stillingsbeskrivelse nævner, men som får hverdagen til at hænge sammen. Når det står her, kan det ses og anerkendes.',
    en: 'Work that no job description names but that keeps the day together. Written down here, it can be seen and recognised.',
  },
  fields: [
    field('work', { da: 'Arbejdet', en: 'The work' }, short, {
      da: 'Fx at dække ind for en syg kollega eller at lære borgere en ny teknologi.',
      en: 'For example covering for a sick colleague or teaching citizens a new technology.',
    }, true),
    field('carriedBy', { da: 'Hvem der gør det', en: 'Who does it' }, short, {
      da: 'Skriv en faggruppe, aldrig en navngiven kollega. Gør du selv arbejdet, kan du skrive dig på.',
      en: 'Name a staff group, never a colleague by name. If you do this work yourself, you can add yourself.',
    }),
    field('holdsTogether', { da: 'Hvad det holder kørende', en: 'What it keeps going' }, long),
    field('makeVisible', { da: 'Sådan kan det ses', en: 'How it could be seen' }, long, {
      da: 'Hvordan arbejdet kan blive synligt og anerkendt, fx i planlægningen eller med tid sat af.',
      en: 'How the work could be seen and recognised, for example in planning or with time set aside.',
    }),
    field('status', STATUS, choice({ noticed: { da: 'Set', en: 'Noticed' }, recognised: { da: 'Anerkendt', en: 'Recognised' } })),
  ],
  fixedRows: [],
  rowsCanBeAdded: true,
  editableBy: 'member',
};

export const benefits: RegisterDefinition = {
  id: 'benefits',
  name: { da: 'Gevinster', en: 'Benefits' },
  description: {
    da: 'Det, projektet skal give, hvem der får det, og hvordan det skal vurderes. Listen rettes, efterhånden som vi bliver klogere.',
    en: 'What the project should bring, who gains, and how it will be judged. The list is corrected as we learn more.',
  },
  fields: [
    field('benefit', { da: 'Gevinst', en: 'Benefit' }, short, null, true),
    field('forWhom', { da: 'For hvem', en: 'For whom' }, short),
    field('owner', { da: 'Ansvarlig', en: 'Owner' }, short, { da: 'Hvem der følger op på gevinsten.', en: 'Who follows the benefit up.' }),
    field('when', { da: 'Hvornår', en: 'When' }, short, { da: 'Hvornår gevinsten bør kunne ses.', en: 'When the benefit should show.' }),
    field('howJudged', { da: 'Sådan vurderes den', en: 'How it is judged' }, long),
    uncertainty(),
  ],
  fixedRows: [],
  rowsCanBeAdded: true,
  editableBy: 'project.manage',
};

export const assumptions: RegisterDefinition = {
  id: 'assumptions',
  name: { da: 'Forudsætninger', en: 'Assumptions' },
  description: {
    da: 'Det, der skal holde, for at en gevinst kommer. Alle medlemmer kan vurdere, om en forudsætning er realistisk, og sige hvorfor.',
    en: 'What must hold for a benefit to come. Every member can judge whether an assumption is realistic, and say why.',
  },
  fields: [
    field('benefit', { da: 'Gevinst', en: 'Benefit' }, { kind: 'entryRef', register: 'benefits' }, null, true),
    field('assumption', { da: 'Forudsætning', en: 'Assumption' }, long, {
      da: 'Fx at alle har lært systemet, før det gamle lukker.',
      en: 'For example that everyone has learnt the system before the old one closes.',
    }, true),
    uncertainty(),
  ],
  fixedRows: [],
  rowsCanBeAdded: true,
  editableBy: 'project.manage',
};
