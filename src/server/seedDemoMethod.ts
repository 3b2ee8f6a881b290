import type { ProjectFrame } from '../domain/projectPhases.ts';
import { STATUS_AFTER } from '../domain/templates/statusAfter.ts';
import type { AppContext } from './appContext.ts';
import {
  insertDemoProject,
  person,
  seedFinishedCompass,
  startDemoMeeting,
  type DemoAction,
  type DemoCompassPlan,
  type DemoNote,
  type DemoParticipant,
  type DemoProject,
  type DemoReview,
  type DemoStory,
} from './demoWorkshop.ts';
import { seedPhaseDialogue, seedTasksMeeting } from './seedDemoMeetings.ts';
import { seedEarlyRegisters, seedLaterRegisters } from './seedDemoRegisters.ts';

/**
 * The demo's second project shows the rest of the method on a system that has run for a while: a
 * compass from before it came, a status after with the before/after comparison, a MED meeting on
 * the tasks it moved, and the project's registers (roles plan, the ten pieces of advice, benefits
 * with assumptions judged by the members, task shifts and invisible work). The first project gets a
 * phase dialogue for the phase it is in, which fills part of its roles plan. Each workshop after a
 * project's first opens by reviewing the actions still open (done, a new date, or dropped), so the
 * action plan shows its follow-up and history; some actions are past their date, some due soon.
 */

const PROJECT = {
  title: 'Planlægningsapp i hjemmeplejen',
  description:
    'Hjemmeplejen Syd og Vest bruger en app på telefonen til dagens køreliste, til dokumentation hos borgeren og til at bytte besøg og vagter. Ruterne lægges nu i en fælles planlægningsenhed, og borgere og pårørende kan se besøgstider og melde afbud i en borgerapp. Appen har været i drift i godt et halvt år.',
  staffGroups: ['Social- og sundhedshjælpere', 'Social- og sundhedsassistenter', 'Sygeplejersker', 'Planlæggere', 'Ledere'],
  units: ['Hjemmeplejen Syd', 'Hjemmeplejen Vest', 'Planlægningsenheden', 'Visitationen'],
};

const FRAME: ProjectFrame = {
  fixed:
    'Appen er købt sammen med det nye omsorgssystem, og papirkørelisterne er udfaset. Ruterne lægges i Planlægningsenheden, og besøg dokumenteres i appen hos borgeren.',
  open:
    'Hvor meget tid der sættes af pr. besøg og til kørsel, hvilke beskeder appen sender og hvornår, hvordan vagtbytte godkendes, og hvor frit teamene selv kan flytte rundt på dagens besøg.',
  benefits:
    'Færre aflyste og forsinkede besøg, mindre kørsel til og fra kontoret, færre fejl i medicin og aftaler og en planlægning, der kan følge med, når der er sygdom.',
  benefitsFor:
    'Borgerne, der skal opleve faste tider og færre aflysninger; medarbejderne i hjemmeplejen; og Planlægningsenheden, der får overblik på tværs af distrikterne.',
  benefitsWhen:
    'Mindre kørsel og papir fra første måned, færre fejl og aflysninger efter et halvt år; den samlede gevinst gøres op efter et år i drift.',
  benefitsJudged:
    'Vi tæller aflyste og forsinkede besøg, kørte kilometer og tid hos borgeren, og hvert team holder en status efter. Tallene og teamenes vurdering fremlægges i MED-udvalget.',
  freedResources:
    'Tid sparet på kørsel og papir bliver i teamene som tid hos borgeren og til oplæring af nye kolleger. Ingen stillinger i hjemmeplejen nedlægges.',
  harms:
    'Planlægningen flytter fra teamene til en central enhed, og vagtbytte flytter fra planlæggerne til den enkelte. Det kan give mindre indflydelse på egen dag, mere skærm hos borgeren, beskeder uden for vagten og usynligt arbejde med at hjælpe kolleger og borgere med apps.',
  harmsHandling:
    'Superbrugere i hvert team, faste tider hvor planlæggerne kan træffes, en aftale om beskeder efter vagt og en status efter i hvert team. AMR følger belastningen, og MED-udvalget gør status to gange om året.',
};

/** Where the project has been, and when (days ago); it stands now at the last one. */
const PHASE_HISTORY: DemoProject['history'] = [
  ['idea', 'need', 440],
  ['idea', 'idea', 425],
  ['idea', 'exploration', 405],
  ['idea', 'prototype', 380],
  ['assessment', 'business_case', 350],
  ['assessment', 'benefit_mapping', 330],
  ['development', 'specification', 295],
  ['development', 'procurement', 255],
  ['operation', 'implementation', 200],
  ['operation', 'training', 185],
  ['operation', 'operation', 160],
];

// ---- The compass, held in Hjemmeplejen Syd while the app was being bought ----

const COMPASS: DemoCompassPlan = {
  title: 'Kompasset: Hjemmeplejen Syd',
  daysAgo: 240,
  participants: [
    { key: 'sofie', name: 'Sofie', member: 'sofie' },
    { key: 'jonas', name: 'Jonas', member: 'jonas' },
    { key: 'aisha', name: 'Aisha', member: 'aisha' },
    { key: 'mette', name: 'Mette', member: 'mette' },
    { key: 'karin', name: 'Karin', member: null },
    { key: 'ibrahim', name: 'Ibrahim', member: null },
  ],
  notes: [
    { by: 'sofie', stepId: 'today', category: 'realistic', kind: 'today', text: 'Vi henter kørelisten på kontoret hver morgen, og den er forældet, før vi er ude af døren' },
    { by: 'karin', stepId: 'today', category: 'realistic', kind: 'today', text: 'Ændringer i løbet af dagen kommer som sms eller opkald fra kontoret' },
    { by: 'karin', stepId: 'today', category: 'recognised', kind: 'today', text: 'Når vi løser en svær situation hos en borger, står det ingen steder' },
    { by: 'mette', stepId: 'today', category: 'autonomous', kind: 'today', text: 'Teamet bytter besøg på morgenmødet, når nogen er syge' },
    { by: 'ibrahim', stepId: 'today', category: 'meaningful', kind: 'today', text: 'Vi skriver på papir hos borgeren og taster det ind bagefter' },
    { by: 'aisha', stepId: 'today', category: 'developing', kind: 'today', text: 'Tabletten i bilen bruges mest af dem, der i forvejen er gode til it' },
    { by: 'jonas', stepId: 'today', category: 'healthy', kind: 'today', text: 'Mange kører tilbage til kontoret midt på dagen for at skrive i journalen' },
    { by: 'sofie', stepId: 'expectations', category: 'realistic', kind: 'better', text: 'Ruten ligger i telefonen og bliver opdateret, når noget ændrer sig' },
    { by: 'karin', stepId: 'expectations', category: 'realistic', kind: 'better', text: 'Ingen kørsel til kontoret efter papirlister' },
    { by: 'jonas', stepId: 'expectations', category: 'realistic', kind: 'worse', text: 'Stram tid pr. besøg, hvis appen ikke regner med trafik og parkering' },
    { by: 'ibrahim', stepId: 'expectations', category: 'recognised', kind: 'better', text: 'Det bliver tydeligt, hvad vi faktisk når hos borgeren' },
    { by: 'mette', stepId: 'expectations', category: 'recognised', kind: 'worse', text: 'Kun det, der kan krydses af, kommer til at tælle' },
    { by: 'mette', stepId: 'expectations', category: 'autonomous', kind: 'worse', text: 'Vi mister indflydelse på ruten, når den lægges centralt' },
    { by: 'karin', stepId: 'expectations', category: 'autonomous', kind: 'worse', text: 'Sværere at bytte besøg i teamet, hvis alt skal godkendes i appen' },
    { by: 'aisha', stepId: 'expectations', category: 'meaningful', kind: 'better', text: 'Mindre papir og mere tid til selve omsorgen' },
    { by: 'sofie', stepId: 'expectations', category: 'meaningful', kind: 'worse', text: 'Vi kigger på skærmen i stedet for på borgeren' },
    { by: 'aisha', stepId: 'expectations', category: 'developing', kind: 'better', text: 'Vi lærer nyt, og superbrugerne kan hjælpe resten' },
    { by: 'ibrahim', stepId: 'expectations', category: 'developing', kind: 'worse', text: 'Kolleger, der ikke er vant til apps, bliver hængende' },
    { by: 'jonas', stepId: 'expectations', category: 'healthy', kind: 'better', text: 'Færre ture frem og tilbage til kontoret i myldretiden' },
    { key: 'notify', by: 'jonas', stepId: 'expectations', category: 'healthy', kind: 'worse', text: 'Telefonen bipper også, når vi har fri' },
    { key: 'super', by: 'aisha', stepId: 'preconditions', category: 'before', kind: 'idea', text: 'Superbrugere i hvert team med tid afsat, før appen går i luften' },
    { key: 'routes', by: 'mette', stepId: 'preconditions', category: 'before', kind: 'idea', text: 'Teamene er med, når planlæggerne lægger de første ruter' },
    { key: 'training', by: 'sofie', stepId: 'preconditions', category: 'during', kind: 'idea', text: 'Oplæring på små hold i arbejdstiden, også for afløsere' },
    { key: 'quiet', by: 'jonas', stepId: 'preconditions', category: 'during', kind: 'idea', text: 'En fast aftale om, at appen er stille uden for vagten' },
    { key: 'phone', by: 'karin', stepId: 'preconditions', category: 'during', kind: 'idea', text: 'Et telefonnummer til planlæggerne, når ruten ikke hænger sammen' },
    { key: 'status', by: 'ibrahim', stepId: 'preconditions', category: 'after', kind: 'idea', text: 'En status efter et halvt år i hvert team' },
  ],
  votes: [
    ['aisha', ['super', 'super', 'training']],
    ['mette', ['routes', 'routes', 'status']],
    ['jonas', ['quiet', 'quiet', 'routes']],
    ['sofie', ['training', 'phone', 'super']],
    ['karin', ['phone', 'routes', 'training']],
    ['ibrahim', ['status', 'quiet', 'super']],
  ],
  // The status after reviews those still open.
  actions: [
    {
      problem: 'Kolleger, der ikke er vant til apps, risikerer at blive hængende, når appen kommer.',
      what: 'Udpeg to superbrugere pr. team, og afsæt tre timer om ugen til dem de første fire måneder',
      who: 'Demo Leder',
      responsible: 'leader',
      dueInDays: 45,
      followUp: 'Teamlederne fortæller på personalemødet, hvem der er superbrugere.',
      noteKeys: ['super'],
      traitId: 'developing',
      status: 'done',
    },
    {
      problem: 'Teamene mister indflydelse på ruten, når den lægges centralt.',
      what: 'Inviter to fra hvert team med, når planlæggerne lægger de første ruter',
      who: 'Planlægningsenheden og teamlederne',
      dueInDays: 60,
      followUp: 'Teamene siger til på morgenmødet, om de første ruter holder.',
      noteKeys: ['routes'],
      traitId: 'autonomous',
      status: 'done',
    },
    {
      key: 'homecare-quiet',
      problem: 'Appen sender beskeder, også når medarbejderne har fri.',
      what: 'Få en aftale om, hvornår appen må sende beskeder, og tag den op i MED-udvalget',
      who: 'Jonas Berg (AMR)',
      responsible: 'jonas',
      dueInDays: 90,
      followUp: 'Jonas fortæller på personalemødet, hvad MED-udvalget har besluttet.',
      noteKeys: ['quiet', 'notify'],
      traitId: 'healthy',
      status: 'in_progress',
      scope: 'upward',
      upwardTo: 'committee',
    },
    {
      key: 'homecare-status',
      problem: 'Vi ved endnu ikke, om appen giver det, vi håber, eller hvad den koster i teamene.',
      what: 'Hold en status efter i hvert team et halvt år efter opstart',
      who: 'Demo Leder og Mette Holm (TR)',
      responsible: 'mette',
      dueInDays: 225,
      followUp: 'Resultatet fremlægges i MED-udvalget.',
      noteKeys: ['status'],
      traitId: null,
      status: 'open',
    },
  ],
};

// ---- The status after, half a year into operation: anonymous, so people say what went wrong ----

const STATUS = {
  title: 'Status efter et halvt år: Hjemmeplejen Syd',
  daysAgo: 18,
  participants: [
    { key: 'sofie', name: null, member: 'sofie' },
    { key: 'jonas', name: null, member: 'jonas' },
    { key: 'aisha', name: null, member: 'aisha' },
    { key: 'mette', name: null, member: 'mette' },
    { key: 'karin', name: null, member: null },
    { key: 'ibrahim', name: null, member: null },
  ] as readonly DemoParticipant[],
  notes: [
    { by: 'sofie', stepId: 'changes', category: 'realistic', kind: 'improved', text: 'Ruten i telefonen passer, og ændringer kommer med det samme' },
    { by: 'karin', stepId: 'changes', category: 'realistic', kind: 'improved', text: 'Vi kører ikke længere ind efter papirlister om morgenen' },
    { key: 'traffic', by: 'jonas', stepId: 'changes', category: 'realistic', kind: 'worsened', text: 'Køretiden i myldretiden er ikke regnet med, så vi kommer for sent' },
    { key: 'minutes', by: 'ibrahim', stepId: 'changes', category: 'realistic', kind: 'worsened', text: 'Besøg hos borgere med demens tager længere tid, end appen giver' },
    { key: 'unseen', by: 'mette', stepId: 'changes', category: 'recognised', kind: 'worsened', text: 'Det, vi gør ud over opgavelisten, ses ingen steder' },
    { key: 'helping', by: 'karin', stepId: 'changes', category: 'recognised', kind: 'worsened', text: 'Hjælpen til kolleger med appen tæller ikke som arbejde' },
    { by: 'aisha', stepId: 'changes', category: 'autonomous', kind: 'improved', text: 'Vi kan selv bytte besøg i appen, når vi er enige' },
    { key: 'central', by: 'mette', stepId: 'changes', category: 'autonomous', kind: 'worsened', text: 'Ruten bliver lavet om centralt, uden at nogen spørger os' },
    { by: 'ibrahim', stepId: 'changes', category: 'meaningful', kind: 'improved', text: 'Dokumentation hos borgeren giver færre fejl i medicinen' },
    { key: 'screen', by: 'sofie', stepId: 'changes', category: 'meaningful', kind: 'worsened', text: 'Borgerne siger, at vi kigger mere på telefonen end på dem' },
    { by: 'aisha', stepId: 'changes', category: 'developing', kind: 'improved', text: 'Superbrugerne har lært os meget, og flere tør prøve nye funktioner' },
    { by: 'jonas', stepId: 'changes', category: 'developing', kind: 'improved', text: 'Nye kolleger kommer hurtigere i gang med ruterne' },
    { by: 'karin', stepId: 'changes', category: 'healthy', kind: 'improved', text: 'Færre ture gennem byen midt på dagen' },
    { key: 'evenings', by: 'jonas', stepId: 'changes', category: 'healthy', kind: 'worsened', text: 'Beskeder fra appen efter vagt, især i weekenden' },
    { key: 'neck', by: 'sofie', stepId: 'changes', category: 'healthy', kind: 'worsened', text: 'Ondt i nakke og skuldre af at skrive på telefonen i bilen' },
    { by: 'aisha', stepId: 'why-good', category: 'developing', kind: 'reason', text: 'Superbrugerne havde fast tid hver uge de første måneder' },
    { by: 'mette', stepId: 'why-good', category: 'autonomous', kind: 'reason', text: 'To fra hvert team var med til at lægge de første ruter' },
    { by: 'ibrahim', stepId: 'why-good', category: 'meaningful', kind: 'reason', text: 'Sygeplejerskerne testede medicinmodulet, før det blev taget i brug' },
    { by: 'sofie', stepId: 'why-good', category: 'realistic', kind: 'reason', text: 'Planlæggerne svarer hurtigt, når vi ringer om ruten' },
  ] as readonly DemoNote[],
  /** Dots on the deteriorations, in the select step. */
  votes: [
    ['jonas', ['traffic', 'evenings', 'evenings']],
    ['sofie', ['neck', 'screen', 'evenings']],
    ['karin', ['helping', 'traffic', 'minutes']],
    ['ibrahim', ['minutes', 'minutes', 'traffic']],
    ['mette', ['central', 'unseen', 'helping']],
    ['aisha', ['helping', 'central', 'traffic']],
  ] as ReadonlyArray<readonly [string, readonly string[]]>,
  /** What the meeting decided, on its review step, about the compass's actions. */
  reviews: [
    { action: 'homecare-status', outcome: 'done', comment: 'Det er det, vi gør i dag: status efter et halvt år i Hjemmeplejen Syd.' },
    {
      action: 'homecare-quiet',
      outcome: 'dropped',
      comment: 'Aftalen kom aldrig på plads, og beskederne efter vagt er stadig et problem. I stedet slår vi beskederne fra på telefonerne, se dagens nye handling.',
    },
  ] as readonly DemoReview[],
  // The MED meeting (seedDemoMeetings.ts) reviews those still open.
  actions: [
    {
      key: 'homecare-evenings',
      problem: 'Appen sender beskeder efter vagt, især i weekenden.',
      what: 'Slå beskeder fra efter vagt på alle telefoner, og skriv aftalen ind i teamets arbejdsgange',
      who: 'Teamlederen og superbrugerne',
      responsible: 'leader',
      dueInDays: 14,
      followUp: 'Superbrugerne tjekker indstillingerne på telefonerne på næste personalemøde.',
      noteKeys: ['evenings'],
      traitId: 'healthy',
      status: 'in_progress',
    },
    {
      problem: 'Køretiden i myldretiden er ikke regnet med, og besøg hos borgere med demens tager længere tid, end appen giver.',
      what: 'Bed Planlægningsenheden lægge køretid ind efter tidspunkt på dagen og give mere tid til borgere med demens',
      who: 'Demo Leder',
      responsible: 'leader',
      dueInDays: 45,
      followUp: 'Lederen fremlægger svaret fra ledelsen på næste MED-møde.',
      noteKeys: ['traffic', 'minutes'],
      traitId: 'realistic',
      status: 'in_progress',
      scope: 'upward',
      upwardTo: 'management',
    },
    {
      key: 'homecare-central',
      problem: 'Ruten bliver lavet om centralt, uden at nogen spørger teamet.',
      what: 'Tag op i MED-udvalget, hvornår teamet skal spørges, før ruten bliver lavet om',
      who: 'Mette Holm (TR)',
      responsible: 'mette',
      dueInDays: 30,
      followUp: 'Mette giver teamene besked efter mødet i MED-udvalget.',
      noteKeys: ['central'],
      traitId: 'autonomous',
      status: 'open',
      scope: 'upward',
      upwardTo: 'committee',
    },
    {
      problem: 'Hjælpen til kolleger med appen tæller ikke som arbejde og kan ikke ses nogen steder.',
      what: 'Skriv hjælp til kolleger med appen ind i ugeplanen, så den tid kan ses',
      who: 'Aisha Karimi og teamlederen',
      responsible: 'aisha',
      dueInDays: 21,
      followUp: 'Aisha viser den nye ugeplan på personalemødet.',
      noteKeys: ['helping', 'unseen'],
      traitId: 'recognised',
      status: 'in_progress',
    },
    {
      key: 'homecare-neck',
      problem: 'Mange får ondt i nakke og skuldre af at skrive på telefonen i bilen.',
      what: 'Tag nakke- og skulderbesvær ved skrivning på telefonen op i AMU, med forslag om holdere i bilerne',
      who: 'Jonas Berg (AMR)',
      responsible: 'jonas',
      dueInDays: 30,
      followUp: 'Jonas fortæller på personalemødet, hvad AMU har besluttet. Holderne prøves først af i to biler.',
      noteKeys: ['neck'],
      traitId: 'healthy',
      status: 'open',
      scope: 'upward',
      upwardTo: 'committee',
    },
  ] as readonly DemoAction[],
};

type Place = { organisationId: string; projectId: string };

async function seedStatusAfter(ctx: AppContext, place: Place, story: DemoStory): Promise<void> {
  const plan = STATUS;
  const session = await startDemoMeeting(ctx, { ...place, facilitator: 'leader' }, story, { ...plan, templateId: STATUS_AFTER.id, anonymous: true, hoursIn: 5 });
  await session.step('changes', plan.notes);
  await session.step('why-good', plan.notes);
  await session.step('pick');
  await session.vote('pick', plan.votes);
  await session.step('actions');
  await session.addActions(plan.actions);
  await session.step('comparison');
  await session.finish();
}

/**
 * Adds the second project, with its workshops and registers in the order they happened, and the
 * phase dialogue of the first project. Returns the second project's id.
 */
export async function seedDemoMethod(ctx: AppContext, organisationId: string, story: DemoStory, firstProjectId: string): Promise<string> {
  const leaderId = person(story.people, 'leader');
  const projectId = await insertDemoProject(ctx, organisationId, leaderId, { ...PROJECT, frame: FRAME, history: PHASE_HISTORY });
  const place = { organisationId, projectId };
  await seedEarlyRegisters(ctx, place, story.people);
  await seedFinishedCompass(ctx, { ...place, facilitator: 'leader' }, story, COMPASS);
  await seedStatusAfter(ctx, place, story);
  await seedPhaseDialogue(ctx, { organisationId, projectId: firstProjectId }, story);
  await seedTasksMeeting(ctx, place, story);
  await seedLaterRegisters(ctx, place, story.people);
  return projectId;
}
