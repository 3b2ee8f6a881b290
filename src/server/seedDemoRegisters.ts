import type { EntryData, RegisterId } from '../domain/registerTypes.ts';
import type { Verdict } from '../protocol/registers.ts';
import type { AppContext } from './appContext.ts';
import { MINUTE, morningOf, person, type DemoPeople, type PersonKey } from './demoWorkshop.ts';
import { judgeAssumption } from './features/registers/judgeAssumption.ts';
import { nameSelf } from './features/registers/nameSelf.ts';
import { saveRegisterEntry } from './features/registers/saveRegisterEntry.ts';
import { SUPERUSER_HELP_ENTRY } from './seedDemoMeetings.ts';

/**
 * The home-care project's registers as members keep them on the project page, through the same
 * commands the page calls, so every row has its revisions and the name of who saved it: the roles
 * plan and the benefits from the impact assessment, the ten pieces of advice, later corrections,
 * the members' judgements of the assumptions, and a member naming themself on invisible work.
 */

type Place = { organisationId: string; projectId: string };

/** A save on the project page: who, how many days ago, which row, and the fields that change. */
type PageSave = readonly [PersonKey, number, RegisterId, string, EntryData];

const EARLY: readonly PageSave[] = [
  // Benefit mapping: benefits and what they rest on (only those who manage the project may write them).
  ['leader', 330, 'benefits', 'benefit-visits', {
    benefit: 'Færre aflyste og forsinkede besøg',
    forWhom: 'Borgerne',
    owner: 'Lederen af Planlægningsenheden',
    when: 'Efter et halvt år i drift',
    howJudged: 'Aflyste og forsinkede besøg pr. måned, før og efter',
    uncertainty: 'medium',
  }],
  ['leader', 330, 'benefits', 'benefit-driving', {
    benefit: 'Mindre kørsel til og fra kontoret',
    forWhom: 'Medarbejderne i hjemmeplejen',
    owner: 'Hjemmeplejelederne',
    when: 'Fra første måned',
    howJudged: 'Kørte kilometer og tid i bil pr. vagt',
    uncertainty: 'low',
  }],
  ['leader', 330, 'benefits', 'benefit-time', {
    benefit: 'Mere tid hos borgeren',
    forWhom: 'Borgerne og medarbejderne',
    owner: 'Hjemmeplejelederne',
    when: 'Efter et år i drift',
    howJudged: 'Tid hos borgeren pr. besøg, og teamenes egen vurdering i status efter',
    uncertainty: 'high',
  }],
  ['leader', 330, 'assumptions', 'assumption-routes', { benefit: 'benefit-visits', assumption: 'Ruterne kan lægges centralt, så de passer til det, der sker i løbet af dagen', uncertainty: 'medium' }],
  ['leader', 330, 'assumptions', 'assumption-cancel', { benefit: 'benefit-visits', assumption: 'Borgere og pårørende melder selv afbud i borgerappen', uncertainty: 'medium' }],
  ['leader', 330, 'assumptions', 'assumption-document', { benefit: 'benefit-driving', assumption: 'Medarbejderne kan dokumentere hos borgeren i stedet for på kontoret', uncertainty: 'low' }],
  ['leader', 330, 'assumptions', 'assumption-time', { benefit: 'benefit-time', assumption: 'Den tid, der spares på kørsel og papir, bliver hos borgeren og går ikke til flere besøg', uncertainty: 'high' }],
  // The roles plan, from the impact assessment on: the six fixed rows and one the project added.
  ['leader', 320, 'rolesPlan', 'leaders', {
    who: 'Hjemmeplejelederne og lederen af Planlægningsenheden',
    what: 'Sætter rammen, sørger for tid til oplæring og superbrugere og træffer de svære valg om tid pr. besøg',
    how: 'Styregruppe og personalemøder',
    when: 'Hver måned',
    status: 'under_way',
    nextStep: 'Fast punkt om appen på hvert personalemøde',
  }],
  ['mette', 320, 'rolesPlan', 'employees', {
    who: 'Alle i Hjemmeplejen Syd og Vest',
    what: 'Vurderer, hvad appen betyder for det gode arbejde, før den kommer og efter',
    how: 'Kompasset før indkøb og en status efter i hvert team',
    when: 'Før indkøb og et halvt år efter start',
    status: 'under_way',
  }],
  ['mette', 320, 'rolesPlan', 'representatives', {
    who: 'TR og AMR i hjemmeplejen',
    what: 'Taler kollegernes sag om arbejdsgange, tid og arbejdsmiljø',
    how: 'Med i styregruppen og følger op i AMU',
    when: 'Hver måned',
    status: 'under_way',
  }],
  ['leader', 320, 'rolesPlan', 'committees', {
    who: 'MED-udvalget for Sundhed og Omsorg',
    what: 'Drøfter det principielle: tid pr. besøg, beskeder efter vagt, opgaver der flytter',
    how: 'Fast punkt på dagsordenen',
    when: 'Hvert kvartal',
    status: 'under_way',
    nextStep: 'Status på opgaver, der er flyttet, på næste møde',
  }],
  ['jonas', 315, 'rolesPlan', 'others', {
    who: 'Ældrerådet og pårørende',
    what: 'Siger til, når borgerappen ikke virker for borgerne',
    how: 'Ældrerådet bliver hørt; pårørende kan skrive i borgerappen',
    when: 'To gange om året',
    status: 'not_started',
    nextStep: 'Invitere Ældrerådet til at prøve borgerappen',
  }],
  ['aisha', 290, 'rolesPlan', 'specialists', {
    who: 'Superbrugerne, to pr. team',
    what: 'Tester appen, hjælper kolleger og samler fejl',
    how: 'Testforløb før start og fast superbrugertid',
    when: 'Tre timer om ugen de første fire måneder',
    status: 'under_way',
  }],
  ['leader', 285, 'rolesPlan', 'role-planners', {
    who: 'Planlæggerne i Planlægningsenheden',
    what: 'Lægger ruterne og ændrer dem i løbet af dagen',
    how: 'Med i testforløbet og på teamenes morgenmøder den første måned',
    when: 'Dagligt den første måned, siden efter behov',
    status: 'done',
    nextStep: 'En fast kontaktperson pr. team',
  }],
  // The ten pieces of advice, gone through when the specification was written.
  ['mette', 295, 'adviceChecklist', 'assess-consequences', { status: 'under_way', note: 'Kompasset holdes i Hjemmeplejen Syd, før appen bliver købt.' }],
  ['leader', 295, 'adviceChecklist', 'clear-frame', { status: 'done', note: 'Rammen står på projektsiden og er gennemgået på personalemøderne.' }],
  ['leader', 295, 'adviceChecklist', 'inform', { status: 'under_way', note: 'Nyhedsbrev hver måned; leverandørens ord skal stadig oversættes bedre.' }],
  ['mette', 295, 'adviceChecklist', 'involve-early', { status: 'done', note: 'To fra hvert team var med til at beskrive arbejdsgangene i kravene.' }],
  ['leader', 295, 'adviceChecklist', 'clear-roles', { status: 'under_way', note: 'Rolleplanen er lavet; superbrugernes tid er ikke på plads endnu.' }],
  ['mette', 295, 'adviceChecklist', 'use-committees', { status: 'under_way', note: 'Tid pr. besøg og hvornår appen må sende beskeder er sat på MED-udvalgets dagsorden.' }],
  ['leader', 295, 'adviceChecklist', 'core-task', { status: 'not_started', note: 'Tiden hos borgeren bliver først målt efter et år; indtil da har vi kun teamenes egen vurdering.' }],
  ['leader', 295, 'adviceChecklist', 'open-benefits', { status: 'done', note: 'Gevinster og forudsætninger ligger på projektsiden, og alle medlemmer kan vurdere dem.' }],
  ['jonas', 295, 'adviceChecklist', 'invisible-work', { status: 'not_started' }],
  ['leader', 295, 'adviceChecklist', 'agile', { status: 'not_relevant', note: 'Appen er et standardprodukt; vi kan kun justere opsætningen, og det gør vi løbende.' }],
];

/** Corrections once the system had run a while: each a second revision of a row above. */
const LATER: readonly PageSave[] = [
  ['leader', 17, 'rolesPlan', 'employees', { status: 'done', nextStep: 'Hjemmeplejen Vest holder sin status efter i næste måned' }],
  ['leader', 17, 'adviceChecklist', 'assess-consequences', { status: 'done', note: 'Kompasset før indkøb og en status efter i Hjemmeplejen Syd; Vest følger efter.' }],
  ['leader', 15, 'assumptions', 'assumption-cancel', { uncertainty: 'high' }],
  ['jonas', 8, 'adviceChecklist', 'invisible-work', { status: 'under_way', note: 'Skrevet ind på MED-mødet; nu skal tiden ind i planen.' }],
  ['aisha', 8, 'rolesPlan', 'specialists', { nextStep: 'Superbrugertiden skrives ind i ugeplanen, som aftalt på MED-mødet' }],
];

/** Members' judgements: [who, days ago, assumption, verdict, reason]. The newest of each person counts. */
const JUDGEMENTS: ReadonlyArray<readonly [PersonKey, number, string, Verdict, string]> = [
  ['leader', 14, 'assumption-routes', 'realistic', 'Ruterne hænger sammen de fleste uger nu'],
  ['mette', 14, 'assumption-routes', 'doubtful', 'Det holder kun, hvis teamet bliver spurgt, før ruten laves om'],
  ['jonas', 14, 'assumption-routes', 'doubtful', 'Køretiden i myldretiden er stadig ikke med'],
  ['aisha', 13, 'assumption-routes', 'realistic', 'Det er blevet meget bedre siden de første måneder'],
  ['sofie', 13, 'assumption-routes', 'doubtful', 'Ændringer midt på dagen når ikke altid frem i tide'],
  ['lars', 12, 'assumption-routes', 'realistic', 'Det virker, når planlæggerne kan træffes på telefonen'],
  ['leader', 14, 'assumption-document', 'realistic', 'Næsten alle dokumenterer nu hos borgeren'],
  ['jonas', 14, 'assumption-document', 'realistic', 'Det virker, men giver ondt i nakken uden en holder i bilen'],
  ['aisha', 13, 'assumption-document', 'realistic', 'Appen er nem at skrive i, når man først har lært den'],
  ['sofie', 13, 'assumption-document', 'doubtful', 'Hos nogle borgere passer det sig ikke at sidde med telefonen'],
  ['mette', 12, 'assumption-document', 'realistic', 'Ingen kører ind på kontoret for at skrive længere'],
  ['leader', 14, 'assumption-time', 'doubtful', 'Når der er sygdom, er presset for at tage flere besøg der'],
  ['mette', 14, 'assumption-time', 'unrealistic', 'Den sparede tid er allerede brugt på nye borgere'],
  ['jonas', 13, 'assumption-time', 'doubtful', 'Det afhænger af, om standardtiderne bliver sat op'],
  ['sofie', 13, 'assumption-time', 'unrealistic', 'Vi har ikke mærket mere tid hos borgerne'],
  ['aisha', 12, 'assumption-time', 'doubtful', 'Nogle dage ja; andre dage går tiden til at hjælpe kolleger'],
  ['jonas', 14, 'assumption-cancel', 'realistic', 'De pårørende er glade for at kunne se besøgstiden'],
  ['leader', 14, 'assumption-cancel', 'doubtful', 'Mange af vores borgere har ikke en smartphone'],
  ['mette', 13, 'assumption-cancel', 'unrealistic', 'Borgerne ringer stadig til teamet, og det er fint'],
  ['sofie', 13, 'assumption-cancel', 'doubtful', 'Det er de pårørende, der bruger appen, sjældent borgerne selv'],
  ['lars', 12, 'assumption-cancel', 'doubtful', 'Det kræver, at nogen lærer borgerne at bruge den'],
  // Changed his mind after the MED meeting.
  ['jonas', 6, 'assumption-cancel', 'doubtful', 'Efter MED-mødet: det er mest os, der lærer borgerne appen, og den tid ses ikke'],
];

/** A context whose clock stands at the morning `daysAgo` days back, plus some minutes. */
function at(ctx: AppContext, daysAgo: number, minutes: number): Pick<AppContext, 'db' | 'now'> {
  const time = morningOf(ctx.now(), daysAgo) + minutes * MINUTE;
  return { db: ctx.db, now: () => time };
}

async function saveAll(ctx: AppContext, place: Place, people: DemoPeople, saves: readonly PageSave[]): Promise<void> {
  for (const [i, [by, daysAgo, register, entryId, fields]] of saves.entries()) {
    const saved = await saveRegisterEntry(at(ctx, daysAgo, 60 + 3 * i), { ...place, userId: person(people, by) }, { register, entryId, fields });
    if (!saved.ok || saved.value !== 'saved') throw new Error(`demo: saving ${register}/${entryId}: ${saved.ok ? saved.value : saved.error}`);
  }
}

/** What the project page held before the compass: benefits, assumptions, roles plan, the advice. */
export async function seedEarlyRegisters(ctx: AppContext, place: Place, people: DemoPeople): Promise<void> {
  await saveAll(ctx, place, people, EARLY);
}

/** After the status and the MED meeting: corrections, judgements, and a superuser naming herself. */
export async function seedLaterRegisters(ctx: AppContext, place: Place, people: DemoPeople): Promise<void> {
  await saveAll(ctx, place, people, LATER);
  for (const [i, [by, daysAgo, entryId, verdict, reason]] of JUDGEMENTS.entries()) {
    const judged = await judgeAssumption(at(ctx, daysAgo, 120 + 7 * i), { ...place, userId: person(people, by) }, entryId, { verdict, reason });
    if (!judged.ok) throw new Error(`demo: judging ${entryId}: ${judged.error}`);
  }
  const named = await nameSelf(at(ctx, 7, 200), { ...place, userId: person(people, 'aisha') }, SUPERUSER_HELP_ENTRY, true);
  if (!named.ok) throw new Error(`demo: naming oneself: ${named.error}`);
}
