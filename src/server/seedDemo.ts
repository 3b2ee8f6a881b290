import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { formatJoinCode } from '../domain/joinCode.ts';
import type { ProjectFrame } from '../domain/projectPhases.ts';
import { formatRoles, type Role } from '../domain/roles.ts';
import { COMPASS_BEFORE } from '../domain/templates/compassBefore.ts';
import type { AppContext } from './appContext.ts';
import type { Db, Tx } from './db/database.ts';
import { accounts, members, organisations, users } from './db/schema.ts';
import {
  insertDemoProject,
  MINUTE,
  morningOf,
  person,
  seedFinishedCompass,
  startDemoWorkshop,
  DemoStory,
  type DemoCompassPlan,
  type DemoNote,
  type DemoProject,
  type PersonKey,
} from './demoWorkshop.ts';
import { seedDemoMethod } from './seedDemoMethod.ts';
import { deleteOrganisation } from './features/organisations/organisationStore.ts';

/**
 * A first start on an empty database makes a demo organisation that a new user can sign in to and
 * look around in at once: members with different roles, a project with its frame and history, a
 * finished compass workshop with actions, and one still under way; and a second project that shows
 * the rest of the method (seedDemoMethod.ts). Everything in it is made up, and it is marked as a
 * demo (organisations.is_demo).
 */

export const DEMO_ORGANISATION_NAME = 'Demo: Kompas Kommune';
/** Reserved for documentation (RFC 2606): no mail to these addresses can ever be delivered. */
const DEMO_MAIL_DOMAIN = 'kompas.invalid';
// Any constant works (openDatabase's migration lock is 4_242_001); every instance must use the same.
const DEMO_LOCK_ID = 4_242_002;

/** What the seed printed: where and how to sign in to the demo. */
export interface DemoLogin {
  /** Where to sign in. */
  readonly url: string;
  readonly email: string;
  /** Made at random for this seed and printed once; only its hash is stored. */
  readonly password: string;
  readonly organisationId: string;
  readonly projectId: string;
  /** The demo workshop still under way, for trying the participant's side from a phone. */
  readonly openWorkshop: { readonly id: string; readonly joinCode: string };
  /** The text printed to the console. */
  readonly message: string;
}

export interface SeedDemoOptions {
  /**
   * Whether this database gets a demo, asked inside the transaction that holds the seed's lock,
   * so that of several instances starting at once only one creates it. By default: when the
   * database holds no organisation at all.
   */
  readonly needed?: (tx: Tx) => Promise<boolean>;
  /** Where the announcement goes; the console by default. */
  readonly print?: (text: string) => void;
}

async function hasNoOrganisation(tx: Tx): Promise<boolean> {
  const rows = await tx.select({ id: organisations.id }).from(organisations).limit(1);
  return rows.length === 0;
}

// ---- The people ----

const PEOPLE: ReadonlyArray<{ key: PersonKey; name: string; local: string; roles: readonly Role[] }> = [
  { key: 'leader', name: 'Demo Leder', local: 'demo', roles: ['admin', 'leader'] },
  { key: 'mette', name: 'Mette Holm', local: 'mette.holm', roles: ['union_rep', 'committee'] },
  { key: 'jonas', name: 'Jonas Berg', local: 'jonas.berg', roles: ['employee', 'safety_rep'] },
  { key: 'aisha', name: 'Aisha Karimi', local: 'aisha.karimi', roles: ['employee', 'specialist'] },
  { key: 'lars', name: 'Lars Nørgaard', local: 'lars.noergaard', roles: ['employee'] },
  { key: 'sofie', name: 'Sofie Andersen', local: 'sofie.andersen', roles: ['employee'] },
];

/** Easy to read aloud and type: no 0/o, 1/l/i. 16 characters of 31 = about 79 bits. */
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newDemoPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * A user with a confirmed address; the address gets a random suffix if a person (say, from an
 * earlier demo) already has it, so an existing account is never taken over or changed.
 */
async function insertDemoUser(db: Db, name: string, local: string, at: Date): Promise<{ id: string; email: string }> {
  for (const email of [`${local}@${DEMO_MAIL_DOMAIN}`, `${local}-${randomBytes(3).toString('hex')}@${DEMO_MAIL_DOMAIN}`]) {
    const id = randomUUID();
    const rows = await db
      .insert(users)
      .values({ id, name, email, emailVerified: true, createdAt: at, updatedAt: at })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (rows.length === 1) return { id, email };
  }
  throw new Error(`demo: no free address for ${local}`);
}

// ---- The project ----

const PROJECT = {
  title: 'Nyt rejseafregningssystem',
  description:
    'Kommunen skifter det gamle system til kørsel og udlæg ud med en ny løsning. Medarbejderne registrerer selv kørsel og udlæg i en app eller i browseren, tager et billede af kvitteringen, og nærmeste leder godkender digitalt. Løn og Personale kontrollerer kun stikprøver og de sager, systemet markerer.',
  staffGroups: ['Administrative medarbejdere', 'Ledere', 'Social- og sundhedshjælpere', 'Sagsbehandlere'],
  units: ['Løn og Personale', 'Hjemmeplejen Nord', 'Jobcentret'],
};

const PROJECT_FRAME: ProjectFrame = {
  fixed:
    'Systemet er købt gennem et fælleskommunalt udbud, og det gamle system lukker ved udgangen af næste kvartal. Kørsel og udlæg skal fremover registreres digitalt, og bilag gemmes i systemet i stedet for på papir.',
  open:
    'Hvordan godkendelsen deles mellem ledere og Løn og Personale, hvilke felter der skal være obligatoriske, hvordan kolleger uden fast computer (fx i hjemmeplejen) kommer til at bruge løsningen, og hvor meget tid hver enhed får til oplæring.',
  benefits:
    'Færre indtastninger og rettelser i Løn og Personale, hurtigere udbetaling af godtgørelser, færre fejl i kørselsregnskaberne og et samlet overblik over udgifterne til transport.',
  benefitsFor:
    'Medarbejdere, der kører meget i arbejdet (hjemmeplejen, myndighed), og lønadministrationen. Lederne får et bedre overblik, men også en ny godkendelsesopgave.',
  benefitsWhen:
    'De første gevinster ventes tre måneder efter idriftsættelsen; den fulde effekt efter et år, når alle enheder er med og det gamle system er lukket.',
  benefitsJudged:
    'Vi følger tiden fra indberetning til udbetaling, antallet af rettelser om måneden og tidsforbruget i Løn og Personale, og vi spørger medarbejdere og ledere efter 3 og 12 måneder. Resultaterne drøftes i MED-udvalget.',
  freedResources:
    'Den tid, der frigøres i Løn og Personale, går til rådgivning af ledere og til at rydde op i registreringen af ferie og fravær. Projektet fører ikke til afskedigelser.',
  harms:
    'Registrering og kontrol flytter fra de administrative medarbejdere ud til den enkelte medarbejder og leder (opgaveflytning). Det kan give mere skærmtid i en travl hverdag, usynligt arbejde med at hjælpe kolleger, der ikke er vant til apps, og travlhed i overgangen, mens begge systemer kører.',
  harmsHandling:
    'Hver enhed får en superbruger med tid afsat til at hjælpe, oplæringen foregår i arbejdstiden, og arbejdsmiljørepræsentanterne følger belastningen i overgangen. MED-udvalget ser på erfaringerne efter tre måneder og kan justere planen.',
};

/** Where the project has been, and when (days ago); it stands now at the last one. */
const PHASE_HISTORY: DemoProject['history'] = [
  ['idea', 'need', 420],
  ['idea', 'idea', 395],
  ['idea', 'exploration', 360],
  ['assessment', 'business_case', 300],
  ['assessment', 'benefit_mapping', 265],
  ['development', 'specification', 200],
  ['development', 'procurement', 130],
  ['operation', 'implementation', 21],
];

// ---- The workshops ----

/** Held in Løn og Personale during procurement: the whole compass, with votes and actions. */
const FINISHED_WORKSHOP: DemoCompassPlan = {
  title: 'Kompasset: Løn og Personale',
  daysAgo: 110,
  participants: [
    { key: 'mette', name: 'Mette', member: 'mette' },
    { key: 'jonas', name: 'Jonas', member: 'jonas' },
    { key: 'aisha', name: 'Aisha', member: 'aisha' },
    { key: 'lars', name: 'Lars', member: 'lars' },
    { key: 'guest', name: 'Birgit', member: null },
  ],
  notes: [
    { by: 'lars', stepId: 'today', category: 'realistic', kind: 'today', text: 'Kørslen tastes ind to gange: først i et regneark, så i lønsystemet' },
    { by: 'guest', stepId: 'today', category: 'realistic', kind: 'today', text: 'Bilag kommer med internposten, og nogle af dem forsvinder på vejen' },
    { by: 'aisha', stepId: 'today', category: 'recognised', kind: 'today', text: 'Ingen ser det arbejde, vi lægger i at rette andres indberetninger' },
    { by: 'lars', stepId: 'today', category: 'autonomous', kind: 'today', text: 'Vi bestemmer selv, hvornår på måneden vi tager bunken' },
    { by: 'mette', stepId: 'today', category: 'meaningful', kind: 'today', text: 'Det giver mening, når kollegerne får deres penge til tiden' },
    { by: 'aisha', stepId: 'today', category: 'developing', kind: 'today', text: 'Vi kan reglerne udenad, men lærer ikke noget nyt af systemet' },
    { by: 'jonas', stepId: 'today', category: 'healthy', kind: 'today', text: 'Hver måned er der spidsbelastning op til lønkørslen' },
    { by: 'aisha', stepId: 'expectations', category: 'realistic', kind: 'better', text: 'Kvitteringen kan fotograferes med telefonen med det samme' },
    { by: 'mette', stepId: 'expectations', category: 'meaningful', kind: 'better', text: 'Mindre tid på at jagte bilag, mere tid til at rådgive lederne' },
    { by: 'jonas', stepId: 'expectations', category: 'healthy', kind: 'better', text: 'Indberetninger kommer løbende, så spidsen før lønkørslen bliver mindre' },
    { by: 'lars', stepId: 'expectations', category: 'recognised', kind: 'worse', text: 'Vores faglighed bliver usynlig, når "systemet klarer det selv"' },
    { by: 'guest', stepId: 'expectations', category: 'autonomous', kind: 'worse', text: 'Faste skabeloner passer dårligt til de skæve sager' },
    { by: 'aisha', stepId: 'expectations', category: 'developing', kind: 'worse', text: 'Bekymring for at få opgaver, vi ikke er klædt på til' },
    { key: 'overlap', by: 'jonas', stepId: 'expectations', category: 'healthy', kind: 'worse', text: 'Travlt i overgangen, mens begge systemer kører' },
    { key: 'training', by: 'mette', stepId: 'preconditions', category: 'before', kind: 'idea', text: 'Oplæring i arbejdstiden, før det gamle system lukker' },
    { key: 'roles', by: 'lars', stepId: 'preconditions', category: 'before', kind: 'idea', text: 'Klar besked om, hvem der kontrollerer hvad, når godkendelsen flytter ud til lederne' },
    { key: 'superusers', by: 'aisha', stepId: 'preconditions', category: 'during', kind: 'idea', text: 'En superbruger i hver enhed, med tid afsat til at hjælpe' },
    { key: 'nocomputer', by: 'guest', stepId: 'preconditions', category: 'during', kind: 'idea', text: 'Hjælp til kolleger uden fast computer, fx i hjemmeplejen' },
    { key: 'evaluate', by: 'jonas', stepId: 'preconditions', category: 'after', kind: 'idea', text: 'Evaluering i MED-udvalget efter tre måneder' },
    { key: 'keeptime', by: 'facilitator', stepId: 'preconditions', category: 'after', kind: 'idea', text: 'Den frigjorte tid bliver i afdelingen og bruges på rådgivning' },
  ],
  /** Each participant's dots (three each), by note key. */
  votes: [
    ['mette', ['training', 'training', 'superusers']],
    ['jonas', ['evaluate', 'training', 'roles']],
    ['aisha', ['superusers', 'superusers', 'nocomputer']],
    ['lars', ['roles', 'roles', 'keeptime']],
    ['guest', ['nocomputer', 'training', 'evaluate']],
  ],
  // The phase dialogue (seedDemoMeetings.ts) reviews those still open.
  actions: [
    {
      problem: 'Ingen i Løn og Personale har prøvet det nye system, og det gamle lukker ved udgangen af næste kvartal.',
      what: 'Planlæg to timers oplæring i arbejdstiden for alle i Løn og Personale, før det gamle system lukker',
      who: 'Demo Leder',
      responsible: 'leader',
      dueInDays: 30,
      followUp: 'Lederen fortæller på personalemødet, når alle har været igennem oplæringen.',
      noteKeys: ['training'],
      traitId: 'developing',
      status: 'done',
    },
    {
      key: 'travel-superusers',
      problem: 'Kolleger uden fast computer kan gå i stå med den nye app, og hjælpen lander på dem, der i forvejen er gode til it.',
      what: 'Udpeg en superbruger i hver enhed og afsæt to timer om ugen til opgaven de første tre måneder',
      who: 'Demo Leder og Mette Holm (TR)',
      responsible: 'leader',
      dueInDays: 120,
      followUp: 'Et fast punkt på MED-møderne, indtil alle enheder har en superbruger.',
      noteKeys: ['superusers', 'nocomputer'],
      traitId: 'recognised',
      status: 'in_progress',
    },
    {
      key: 'travel-roles',
      problem: 'Når godkendelsen flytter ud til lederne, er det uklart, hvem der kontrollerer hvad, og fejl kan falde mellem to stole.',
      what: 'Beskriv, hvem der kontrollerer hvad, når godkendelsen flytter til lederne, og del beskrivelsen med alle enheder',
      who: 'Løn og Personale',
      responsible: 'lars',
      dueInDays: 95,
      followUp: 'Lederne gennemgår beskrivelsen på et ledermøde, før den sendes ud.',
      noteKeys: ['roles'],
      traitId: 'realistic',
      status: 'in_progress',
    },
    {
      problem: 'Begge systemer kører side om side i en periode, og det giver ekstra travlhed i overgangen.',
      what: 'Tag belastningen i overgangen op i AMU og følg op tre måneder efter opstart',
      who: 'Jonas Berg (AMR)',
      responsible: 'jonas',
      dueInDays: 200,
      followUp: 'AMU ser på belastningen tre måneder efter opstart og giver MED-udvalget besked.',
      noteKeys: ['overlap', 'evaluate'],
      traitId: 'healthy',
      status: 'open',
    },
  ],
};

/** Under way in the home care: anonymous, guests from their phones, standing at expectations. */
const OPEN_WORKSHOP = {
  title: 'Kompasset: Hjemmeplejen Nord',
  guests: 4,
  notes: [
    { by: 'anon0', stepId: 'today', category: 'realistic', kind: 'today', text: 'Vi skriver kørslen på en seddel i bilen og taster den ind om fredagen' },
    { by: 'anon1', stepId: 'today', category: 'healthy', kind: 'today', text: 'Små skærme og mange klik på tabletten giver ondt i nakken' },
    { by: 'anon2', stepId: 'today', category: 'recognised', kind: 'today', text: 'Tiden, vi bruger på at hjælpe nye kolleger med systemerne, tæller ingen steder' },
    { by: 'anon3', stepId: 'today', category: 'autonomous', kind: 'today', text: 'Vi lægger selv ruten om, når en borger aflyser, og det vil vi gerne blive ved med' },
    { by: 'anon0', stepId: 'expectations', category: 'realistic', kind: 'better', text: 'Kørslen kan registreres direkte fra ruten, uden sedler' },
    { by: 'anon2', stepId: 'expectations', category: 'healthy', kind: 'worse', text: 'Endnu en app at holde styr på midt i en travl vagt' },
    { by: 'anon1', stepId: 'expectations', category: 'meaningful', kind: 'worse', text: 'Mere tid med telefonen og mindre tid hos borgeren' },
  ] as readonly DemoNote[],
};

async function seedOpenWorkshop(
  ctx: AppContext,
  place: { organisationId: string; projectId: string },
  story: DemoStory,
): Promise<{ workshopId: string; joinCode: string }> {
  const plan = OPEN_WORKSHOP;
  // Started a little while ago by the union rep (elected representatives may facilitate too). It
  // opened on the review step, which loaded the project's open actions as the other seeds left them.
  const session = await startDemoWorkshop(
    ctx,
    { ...place, createdBy: person(story.people, 'mette') },
    { title: plan.title, templateId: COMPASS_BEFORE.id, anonymous: true },
    ctx.now() - 25 * MINUTE,
    45_000,
    story,
  );
  for (let i = 0; i < plan.guests; i++) await session.join(`anon${i}`, null, null);
  await session.step('today', plan.notes);
  await session.step('expectations', plan.notes);
  return { workshopId: session.workshopId, joinCode: session.joinCode };
}

// ---- The seed ----

/**
 * Creates the demo organisation when the database wants one (by default: it has no organisation
 * at all), prints how to sign in, and returns that; null when it did nothing. Safe with several
 * instances starting at once: the check and the organisation's insert run under an advisory lock.
 */
export async function seedDemo(ctx: AppContext, baseUrl: string, options: SeedDemoOptions = {}): Promise<DemoLogin | null> {
  const needed = options.needed ?? hasNoOrganisation;
  const now = ctx.now();
  const foundedAt = new Date(morningOf(now, (PHASE_HISTORY[0]?.[2] ?? 0) + 30));
  const organisationId = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK_ID})`);
    if (!(await needed(tx))) return null;
    const id = randomUUID();
    await tx.insert(organisations).values({
      id,
      name: DEMO_ORGANISATION_NAME,
      slug: `demo-${randomBytes(4).toString('hex')}`,
      isDemo: true,
      defaultLocale: 'da',
      createdAt: foundedAt,
    });
    return id;
  });
  if (organisationId === null) return null;

  const userIds: string[] = [];
  try {
    const password = newDemoPassword();
    const people = new Map<PersonKey, string>();
    let leaderEmail = '';
    for (const p of PEOPLE) {
      const user = await insertDemoUser(ctx.db, p.name, p.local, foundedAt);
      userIds.push(user.id);
      people.set(p.key, user.id);
      await ctx.db.insert(members).values({ id: randomUUID(), organizationId: organisationId, userId: user.id, role: formatRoles(p.roles), createdAt: foundedAt });
      if (p.key === 'leader') leaderEmail = user.email;
    }
    // Only the leader can sign in with a password. It is hashed by better-auth's own hasher and
    // stored as its sign-up stores it; signing up through its API would also mail a confirmation
    // link to an address that cannot receive it.
    const authContext = await ctx.auth.$context;
    const leaderId = person(people, 'leader');
    await ctx.db.insert(accounts).values({
      id: randomUUID(),
      accountId: leaderId,
      providerId: 'credential',
      userId: leaderId,
      password: await authContext.password.hash(password),
    });

    const projectId = await insertDemoProject(ctx, organisationId, leaderId, { ...PROJECT, frame: PROJECT_FRAME, history: PHASE_HISTORY });

    const place = { organisationId, projectId };
    const story = new DemoStory(people, PEOPLE.find((p) => p.key === 'leader')?.roles ?? []);
    await seedFinishedCompass(ctx, { ...place, facilitator: 'leader' }, story, FINISHED_WORKSHOP);
    await seedDemoMethod(ctx, organisationId, story, projectId);
    // Last, as it is the latest: its review step lists the actions the others left open.
    const open = await seedOpenWorkshop(ctx, place, story);

    const url = `${baseUrl}/sign-in`;
    const lines = [
      '',
      `A DEMO organisation is ready: "${DEMO_ORGANISATION_NAME}". Its people, projects and workshops are made up,`,
      'so you can look around at once. It is kept apart from the organisations you create: ignore it, or',
      'delete it when you no longer need it.',
      `  Sign in:   ${url}`,
      `  Email:     ${leaderEmail}`,
      `  Password:  ${password}   (shown only now, never stored in plain text)`,
      `  A workshop under way, to join from a phone: ${baseUrl}/j/${open.joinCode}  (code ${formatJoinCode(open.joinCode)})`,
    ];
    if (ctx.mailer.keepsMailInOutbox) {
      lines.push(
        ctx.devPages
          ? `  No SMTP: sign-in links and other mail are not sent but kept on ${baseUrl}/dev/outbox`
          : '  No SMTP: sign-in links and other mail are not sent but kept in the outbox and logged',
      );
    }
    lines.push('');
    const message = lines.join('\n');
    (options.print ?? ((text: string) => console.log(text)))(message);
    return { url, email: leaderEmail, password, organisationId, projectId, openWorkshop: { id: open.workshopId, joinCode: open.joinCode }, message };
  } catch (error) {
    // Leave no half-made demo behind: the next start tries again.
    await deleteOrganisation(ctx.db, organisationId).catch(() => undefined);
    if (userIds.length > 0) await ctx.db.delete(users).where(inArray(users.id, userIds)).catch(() => undefined);
    throw error;
  }
}
