import { FOUR_PHASES } from '../domain/templates/fourPhases.ts';
import { TASKS_MOVE } from '../domain/templates/tasksMove.ts';
import type { EntryData } from '../domain/registerTypes.ts';
import type { AppContext } from './appContext.ts';
import {
  startDemoMeeting,
  type DemoAction,
  type DemoNote,
  type DemoParticipant,
  type DemoReview,
  type DemoStory,
} from './demoWorkshop.ts';
import { newId } from './features/workshops/secrets.ts';

/**
 * Two of the demo's meetings that fill in registers as they go: the MED meeting on the tasks the
 * home-care app moved (task shifts and invisible work), and the first project's phase dialogue
 * (part of its roles plan).
 */

type Place = { organisationId: string; projectId: string };

/** Ids of rows the meeting adds, known to the register seed that comes later (to name oneself on one). */
export const SUPERUSER_HELP_ENTRY = 'demo-invisible-superuser-help';

// ---- The MED meeting on moved tasks, chaired by the union rep ----

const TASKS = {
  title: 'MED-møde: Opgaver, der flyttede med planlægningsappen',
  daysAgo: 9,
  participants: [
    { key: 'leader', name: 'Demo Leder', member: 'leader' },
    { key: 'jonas', name: 'Jonas', member: 'jonas' },
    { key: 'aisha', name: 'Aisha', member: 'aisha' },
    { key: 'lars', name: 'Lars', member: 'lars' },
    { key: 'per', name: 'Per, Planlægningsenheden', member: null },
    { key: 'hanne', name: 'Hanne, sygeplejerske', member: null },
  ] as readonly DemoParticipant[],
  notes: [
    { key: 'swap', by: 'jonas', stepId: 'seen', category: 'between-groups', kind: 'consequence', text: 'Vagtbytte, som planlæggerne før ordnede, klarer hver enkelt nu selv i appen' },
    { key: 'calls', by: 'hanne', stepId: 'seen', category: 'to-central-unit', kind: 'consequence', text: 'Opkald fra pårørende går til Planlægningsenheden, men svarene må alligevel hentes i teamet' },
    { key: 'cancel', by: 'aisha', stepId: 'seen', category: 'to-citizens', kind: 'consequence', text: 'Borgere og pårørende skal selv melde afbud i borgerappen' },
    { key: 'sametime', by: 'lars', stepId: 'seen', category: 'standardisation', kind: 'consequence', text: 'Alle besøg af samme slags får samme tid, uanset borgeren' },
    { by: 'per', stepId: 'seen', category: 'centralisation', kind: 'consequence', text: 'Ruterne for to distrikter lægges nu ét sted' },
    { key: 'superhelp', by: 'leader', stepId: 'seen', category: 'invisible-work', kind: 'consequence', text: 'Superbrugerne hjælper kolleger midt på ruten, og det står ingen steder' },
    { by: 'aisha', stepId: 'seen', category: 'invisible-work', kind: 'consequence', text: 'Vi lærer ældre borgere at bruge borgerappen, når vi alligevel er der' },
    { by: 'jonas', stepId: 'burdens', category: 'pressure', kind: 'consequence', text: 'Social- og sundhedshjælperne bruger fritid på at finde nogen at bytte vagt med' },
    { by: 'hanne', stepId: 'burdens', category: 'judgement', kind: 'consequence', text: 'Sygeplejerskerne kan ikke selv prioritere, når standardtiden ikke passer' },
    { by: 'lars', stepId: 'burdens', category: 'flexibility', kind: 'consequence', text: 'Teamene kan ikke længere flytte besøg rundt på morgenmødet' },
    { by: 'aisha', stepId: 'burdens', category: 'hidden-work', kind: 'consequence', text: 'Det er mest de deltidsansatte superbrugere, der tager hjælpen i deres pauser' },
    { by: 'per', stepId: 'burdens', category: 'other-burden', kind: 'consequence', text: 'Borgere uden smartphone mister overblikket over, hvornår vi kommer' },
    { by: 'jonas', stepId: 'whom', category: 'staff-groups', kind: 'consequence', text: 'Social- og sundhedshjælperne på aftenvagt' },
    { by: 'hanne', stepId: 'whom', category: 'individuals', kind: 'consequence', text: 'Den eneste superbruger på hvert hold' },
    { by: 'per', stepId: 'whom', category: 'citizens-customers', kind: 'consequence', text: 'Ældre borgere, der bor alene' },
    { key: 'r-supertime', by: 'aisha', stepId: 'remedies', category: 'ours', kind: 'remedy', text: 'Fast superbrugertid i ugeplanen' },
    { key: 'r-offhours', by: 'jonas', stepId: 'remedies', category: 'ours', kind: 'remedy', text: 'Vi aftaler i teamet, at ingen svarer på appen efter vagt' },
    { by: 'lars', stepId: 'remedies', category: 'ours', kind: 'remedy', text: 'Morgenmødet må flytte besøg, og appen rettes bagefter' },
    { key: 'r-dementia', by: 'hanne', stepId: 'remedies', category: 'upward', kind: 'remedy', text: 'Mere tid til borgere med demens i standardtiderne' },
    { key: 'r-swap', by: 'per', stepId: 'remedies', category: 'upward', kind: 'remedy', text: 'Planlæggerne tager vagtbytte, der ikke er løst dagen før' },
    { key: 'r-contact', by: 'leader', stepId: 'remedies', category: 'upward', kind: 'remedy', text: 'En fast kontaktperson i Planlægningsenheden for hvert team' },
  ] as readonly DemoNote[],
  votes: [
    ['leader', ['r-contact', 'r-swap', 'r-supertime']],
    ['jonas', ['r-offhours', 'r-swap', 'r-swap']],
    ['aisha', ['r-supertime', 'r-supertime', 'r-dementia']],
    ['lars', ['r-contact', 'r-swap', 'r-offhours']],
    ['per', ['r-swap', 'r-contact', 'r-dementia']],
    ['hanne', ['r-dementia', 'r-dementia', 'r-supertime']],
  ] as ReadonlyArray<readonly [string, readonly string[]]>,
  /** Rows of the task-shift register: [who saves it, fields]. The facilitator types most of them. */
  shifts: [
    ['facilitator', {
      task: 'Vagtbytte og at finde en afløser',
      from: 'Planlæggerne',
      to: 'Den enkelte medarbejder i hjemmeplejen',
      how: 'between_groups',
      burdens: ['work_pressure', 'invisible_work'],
      burdened: ['staff_groups', 'individuals'],
      burdenedDetail: 'Social- og sundhedshjælpere og -assistenter',
      response: 'Vi beder om, at planlæggerne igen tager de vagtbytter, der ikke er løst dagen før (sendt videre til ledelsen).',
      status: 'open',
    }],
    ['facilitator', {
      task: 'Svar til pårørende om besøgstider',
      from: 'Teamene i hjemmeplejen',
      to: 'Planlægningsenheden',
      how: 'to_central_unit',
      burdens: ['invisible_work', 'less_flexibility'],
      burdened: ['staff_groups', 'citizens'],
      burdenedDetail: 'Teamledere og pårørende',
      response: 'Planlægningsenheden får en fast kontaktperson pr. team, så svarene ikke går på omveje.',
      status: 'open',
    }],
    ['facilitator', {
      task: 'Afbud og ændring af besøg',
      from: 'Visitationen og teamene',
      to: 'Borgere og pårørende (borgerappen)',
      how: 'to_citizens',
      burdens: ['other'],
      burdened: ['citizens'],
      burdenedDetail: 'Ældre borgere uden smartphone',
      response: 'Borgerne kan stadig ringe. Teamet hjælper med appen ved besøget, og den tid skrives på besøget.',
      status: 'handled',
    }],
    ['aisha', {
      task: 'Tid pr. besøg',
      from: 'Teamenes eget skøn ud fra borgeren',
      to: 'Faste standardtider i appen',
      how: 'standardisation',
      burdens: ['less_judgement', 'work_pressure'],
      burdened: ['staff_groups', 'citizens'],
      burdenedDetail: 'Sygeplejersker og borgere med demens',
    }],
  ] as ReadonlyArray<readonly [string, EntryData]>,
  invisible: [
    [SUPERUSER_HELP_ENTRY, {
      work: 'Hjælpe kolleger med appen midt på ruten',
      carriedBy: 'Superbrugerne i hjemmeplejen',
      holdsTogether: 'At ruten bliver kørt, også når appen driller, eller en ny kollega går i stå',
      makeVisible: 'To timer om ugen i planen til superbrugerne, og hjælpen skrives i ugeplanen',
      status: 'recognised',
    }],
    [null, {
      work: 'Lære ældre borgere at bruge borgerappen',
      carriedBy: 'Social- og sundhedshjælpere',
      holdsTogether: 'At borgerne kan se, hvornår vi kommer, og melde afbud i tide',
      makeVisible: 'Fem minutter ekstra ved første besøg efter en ændring, skrevet på besøget',
      status: 'noticed',
    }],
    [null, {
      work: 'Finde en afløser ved sygdom tidligt om morgenen',
      carriedBy: 'Social- og sundhedsassistenter på morgenvagt',
      holdsTogether: 'At ingen borger står uden besøg',
      makeVisible: 'Opgaven ligger igen hos planlæggerne fra klokken halv syv',
      status: 'noticed',
    }],
  ] as ReadonlyArray<readonly [string | null, EntryData]>,
  /** What the meeting decided, on its review step, about the status after's actions. */
  reviews: [
    {
      action: 'homecare-evenings',
      outcome: 'done',
      comment: 'Beskederne er slået fra på alle telefoner i Syd. Aftalen står endnu ikke i arbejdsgangene, så det bliver en ny handling i dag.',
    },
    {
      action: 'homecare-central',
      outcome: 'done',
      comment: 'Drøftet på mødet i dag: Planlægningsenheden ringer til teamlederen, før en rute bliver lavet om ud over samme dag.',
    },
    {
      action: 'homecare-neck',
      outcome: 'open',
      dueInDays: 45,
      comment: 'AMU holder først møde igen i næste måned. Indtil da prøver vi holderne af i to biler.',
    },
  ] as readonly DemoReview[],
  actions: [
    {
      problem: 'Superbrugerne hjælper kolleger midt på ruten og i pauserne, og den tid står ingen steder.',
      what: 'Læg to timers superbrugertid om ugen ind i planen for hvert team',
      who: 'Teamlederne',
      responsible: 'leader',
      dueInDays: 14,
      followUp: 'Teamlederne viser planen på næste MED-møde.',
      noteKeys: ['r-supertime', 'superhelp'],
      traitId: 'recognised',
      status: 'in_progress',
    },
    {
      problem: 'Beskederne er slået fra, men aftalen står ingen steder, så nye kolleger kender den ikke.',
      what: 'Skriv aftalen om ingen beskeder efter vagt ind i teamenes arbejdsgange',
      who: 'Jonas Berg (AMR)',
      responsible: 'jonas',
      dueInDays: 5,
      followUp: 'Jonas ser arbejdsgangene igennem, næste gang han er ude i teamene.',
      noteKeys: ['r-offhours'],
      traitId: 'healthy',
      status: 'open',
    },
    {
      problem: 'Social- og sundhedshjælperne bruger deres fritid på at finde nogen at bytte vagt med.',
      what: 'Planlægningsenheden overtager igen de vagtbytter, der ikke er løst klokken 14 dagen før',
      who: 'Ledelsen i Sundhed og Omsorg',
      dueInDays: 30,
      followUp: 'Svaret fra ledelsen kommer på dagsordenen til næste MED-møde.',
      noteKeys: ['r-swap', 'swap'],
      traitId: 'autonomous',
      status: 'open',
      scope: 'upward',
      upwardTo: 'management',
    },
    {
      problem: 'Alle besøg af samme slags får samme tid, også hos borgere med demens, hvor besøget tager længere.',
      what: 'Se standardtiderne efter for borgere med demens, sammen med sygeplejerskerne',
      who: 'Planlægningsenheden',
      dueInDays: 45,
      followUp: 'Sygeplejerskerne siger til efter en måned, om de nye tider holder.',
      noteKeys: ['r-dementia', 'sametime'],
      traitId: 'meaningful',
      status: 'in_progress',
      scope: 'upward',
      upwardTo: 'management',
    },
    {
      problem: 'Borgere og pårørende skal selv melde afbud i borgerappen, og ingen følger op på, hvad det betyder for dem.',
      what: 'Hoved-MED drøfter, hvordan opgaver, der flytter over til borgerne, følges op i alle projekter',
      who: 'Mette Holm (TR)',
      responsible: 'mette',
      dueInDays: 60,
      followUp: 'Mette fortæller på næste MED-møde, hvad Hoved-MED har besluttet.',
      noteKeys: ['cancel'],
      traitId: null,
      status: 'open',
      scope: 'upward',
      upwardTo: 'committee',
    },
  ] as readonly DemoAction[],
};

/** The MED meeting: what moved, whom it burdens, the two registers filled in together, remedies and actions. */
export async function seedTasksMeeting(ctx: AppContext, place: Place, story: DemoStory): Promise<void> {
  const plan = TASKS;
  const session = await startDemoMeeting(ctx, { ...place, facilitator: 'mette' }, story, { ...plan, templateId: TASKS_MOVE.id, anonymous: false, hoursIn: 6 });
  await session.step('seen', plan.notes);
  await session.step('burdens', plan.notes);
  await session.step('whom', plan.notes);
  await session.step('shifts');
  for (const [by, fields] of plan.shifts) await session.saveEntry(by, 'taskShifts', newId(), fields);
  await session.step('invisible');
  for (const [id, fields] of plan.invisible) await session.saveEntry('facilitator', 'invisibleWork', id ?? newId(), fields);
  await session.step('remedies', plan.notes);
  await session.vote('remedies', plan.votes);
  await session.step('actions');
  await session.addActions(plan.actions);
  await session.finish();
}

// ---- The first project's phase dialogue, for the phase it is in ----

const PHASES = {
  title: 'Inddragelse i driften: rejseafregning',
  daysAgo: 12,
  participants: [
    { key: 'mette', name: 'Mette', member: 'mette' },
    { key: 'lars', name: 'Lars', member: 'lars' },
    { key: 'aisha', name: 'Aisha', member: 'aisha' },
    { key: 'sofie', name: 'Sofie', member: 'sofie' },
  ] as readonly DemoParticipant[],
  notes: [
    { key: 'order', by: 'lars', stepId: 'questions', category: 'operation-1', kind: 'answer', text: 'Løn og Personale vil gerne være med til at bestemme, i hvilken rækkefølge enhederne går over' },
    { by: 'sofie', stepId: 'questions', category: 'operation-1', kind: 'answer', text: 'Hjemmeplejen skal have oplæringen på et personalemøde, ikke som e-læring' },
    { key: 'time', by: 'aisha', stepId: 'questions', category: 'operation-2', kind: 'answer', text: 'Superbrugerne skal have tiden sat af i planen, ellers går den fra borgerne' },
    { key: 'counts', by: 'mette', stepId: 'questions', category: 'operation-2', kind: 'answer', text: 'Oplæring af kolleger skal tælle med i superbrugernes arbejdstid' },
    { key: 'mailbox', by: 'lars', stepId: 'questions', category: 'operation-3', kind: 'answer', text: 'En fælles postkasse til fejl, som Løn og Personale tømmer hver dag' },
    { by: 'sofie', stepId: 'questions', category: 'operation-3', kind: 'answer', text: 'Giv besked tilbage, når en fejl er rettet, så vi ved, det nytter' },
  ] as readonly DemoNote[],
  /** What the meeting decided, on its review step, about the compass's actions. */
  reviews: [
    {
      action: 'travel-superusers',
      outcome: 'done',
      comment: 'Alle enheder har nu en superbruger. Deres tid er ikke på plads, så den tager vi op i MED-udvalget.',
    },
    {
      action: 'travel-roles',
      outcome: 'open',
      dueInDays: 10,
      comment: 'Udkastet er klar, men lederne skal se det på ledermødet, før det sendes ud.',
    },
  ] as readonly DemoReview[],
  actions: [
    {
      problem: 'Enhederne ved ikke, hvornår de skal i gang, og Løn og Personale vil gerne have indflydelse på rækkefølgen.',
      what: 'Læg en plan for, hvornår hver enhed går over, sammen med Løn og Personale',
      who: 'Demo Leder',
      responsible: 'leader',
      dueInDays: 14,
      followUp: 'Planen sendes til alle ledere og gennemgås på næste ledermøde.',
      noteKeys: ['order'],
      traitId: null,
      status: 'in_progress',
    },
    {
      problem: 'Fejl og spørgsmål om systemet kommer ad mange veje, og ingen får at vide, om der sker noget.',
      what: 'Opret en fælles postkasse til fejl og forslag, og svar inden for en uge',
      who: 'Løn og Personale',
      responsible: 'lars',
      dueInDays: 10,
      followUp: 'Løn og Personale tæller henvendelser og svartider og viser tallene i MED-udvalget efter tre måneder.',
      noteKeys: ['mailbox'],
      traitId: 'recognised',
      status: 'done',
    },
    {
      problem: 'Superbrugerne har ingen tid sat af, så hjælpen til kolleger går fra deres andre opgaver.',
      what: 'Tag superbrugernes tid op i MED-udvalget',
      who: 'Mette Holm (TR)',
      responsible: 'mette',
      dueInDays: 30,
      followUp: 'Mette giver superbrugerne besked efter mødet i MED-udvalget.',
      noteKeys: ['time', 'counts'],
      traitId: 'realistic',
      status: 'open',
      scope: 'upward',
      upwardTo: 'committee',
    },
  ] as readonly DemoAction[],
  /** Part of the roles plan: three of its fixed rows. */
  roles: [
    ['leaders', {
      who: 'Lederne i enhederne',
      what: 'Godkender kørsel og udlæg og sørger for tid til oplæring',
      how: 'På ledermøder og i hverdagen',
      when: 'Hver måned',
      status: 'under_way',
      nextStep: 'Aftale om, hvem der godkender, når lederen er væk',
    }],
    ['specialists', {
      who: 'Superbrugerne, én pr. enhed',
      what: 'Hjælper kolleger i gang og samler fejl og spørgsmål',
      how: 'Fast træffetid og en fælles postkasse',
      when: 'To timer om ugen de første tre måneder',
      status: 'under_way',
      nextStep: 'Tiden afklares i MED-udvalget',
    }],
    ['representatives', {
      who: 'TR og AMR',
      what: 'Følger belastningen i overgangen og tager den op',
      how: 'Fast punkt på MED-møderne',
      status: 'not_started',
    }],
  ] as ReadonlyArray<readonly [string, EntryData]>,
};

/** The phase dialogue for operation, the first project's phase: answers, actions, and part of the roles plan. */
export async function seedPhaseDialogue(ctx: AppContext, place: Place, story: DemoStory): Promise<void> {
  const plan = PHASES;
  const session = await startDemoMeeting(
    ctx,
    { ...place, facilitator: 'leader' },
    story,
    { ...plan, templateId: FOUR_PHASES.id, anonymous: false, phase: 'operation', hoursIn: 5 },
  );
  await session.step('questions', plan.notes);
  await session.step('actions');
  await session.addActions(plan.actions);
  await session.step('roles');
  for (const [id, fields] of plan.roles) await session.saveEntry('facilitator', 'rolesPlan', id, fields);
  await session.finish();
}
