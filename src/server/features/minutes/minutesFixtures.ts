import { replay } from '../../../domain/evolve.ts';
import type { Locale } from '../../../domain/localized.ts';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { ReviewItem, WorkshopState } from '../../../domain/workshopState.ts';
import { applyAll, createdEvent, facilitator, participant, run, stored, T0 } from '../../../domain/testing/workshopBuilder.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import { STAFF } from '../workshops/presentWorkshop.ts';
import { presentSummary } from '../workshops/presentSummary.ts';

/** What a test workshop holds, in one language, so the minutes can be checked against it. */
export interface MinutesFixture {
  readonly summary: SummaryResponse;
  readonly template: TemplateDefinition;
  readonly heldAt: number;
  readonly title: string;
  readonly noteTexts: readonly string[];
  readonly actionTexts: readonly string[];
  readonly registerTexts: readonly string[];
  /** The review step's actions and the comments the meeting made on them. */
  readonly reviewTexts: readonly string[];
  /** The comment on the action found done, on the one kept open, and the reason for the one let go. */
  readonly reviewComments: { readonly done: string; readonly open: string; readonly dropped: string } | null;
}

const WORDS = {
  da: {
    compass: 'Nyt vagtplanssystem på Ærø',
    today: ['Vi mangler tid til borgerne', 'Gode kolleger på aftenvagten'],
    better: ['Færre dobbeltregistreringer', 'Mere tid til kerneopgaven'],
    worse: ['Skærmen stjæler øjenkontakten', 'Oplæring i sommerferien går ud over alle'],
    ideas: ['Superbrugere på hvert hold', 'Tid afsat til oplæring'],
    group: 'Oplæring',
    actions: ['Afklare tid til oplæring med ledelsen', 'Udpege superbrugere'],
    who: 'AMR og TR',
    problem: 'Ingen har tid til at lære systemet',
    followUp: 'Vi følger op på personalemødet i april',
    earlier: 'Kompas før: Nyt medicinmodul',
    review: {
      done: { what: 'Aftale fast tid til dokumentation', who: 'Mette', comment: 'Ligger nu i vagtplanen' },
      open: { what: 'Få skærme på stuerne', who: 'Ledelsen', problem: 'Vi løber frem og tilbage efter en skærm', comment: 'Leverandøren er forsinket' },
      dropped: { what: 'Prøve talegenkendelse', who: 'IT', comment: 'Systemet kan ikke dansk tale endnu' },
      untouched: { what: 'Lave en tjekliste til nye kolleger', who: 'Jonas' },
    },
    tasks: 'Teknologien flytter opgaver',
    consequence: 'Kørselsafregning flytter til hjemmeplejen',
    task: 'Rejseafregning',
    from: 'Lønkontoret',
    to: 'Sygeplejersker',
  },
  en: {
    compass: 'New rota system in Aarhus',
    today: ['We lack time for residents', 'Good colleagues on the evening shift'],
    better: ['Less double entry', 'More time for the core task'],
    worse: ['The screen steals eye contact', 'Training during the summer holiday hits everyone'],
    ideas: ['Super users on every team', 'Time set aside for training'],
    group: 'Training',
    actions: ['Agree training time with management', 'Appoint super users'],
    who: 'Safety rep and union rep',
    problem: 'Nobody has time to learn the system',
    followUp: 'We follow up at the staff meeting in April',
    earlier: 'Compass before: New medication module',
    review: {
      done: { what: 'Agree fixed time for record keeping', who: 'Mette', comment: 'Now part of the rota' },
      open: { what: 'Get screens in the rooms', who: 'Management', problem: 'We run back and forth for a screen', comment: 'The supplier is late' },
      dropped: { what: 'Try speech recognition', who: 'IT', comment: 'The system cannot handle Danish speech yet' },
      untouched: { what: 'Make a checklist for new colleagues', who: 'Jonas' },
    },
    tasks: 'Technology moves tasks',
    consequence: 'Mileage claims move to home care',
    task: 'Travel expenses',
    from: 'Payroll office',
    to: 'Nurses',
  },
} as const;

function started(templateId: string, title: string, locale: Locale): { state: WorkshopState; template: TemplateDefinition } {
  const template = findTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const created = { ...createdEvent({}, templateId), title, locale };
  return { state: replay(stored(replay([]), [created])), template };
}

function goTo(state: WorkshopState, template: TemplateDefinition, stepId: string): WorkshopState {
  return run(state, facilitator, { type: 'step.go', stepIndex: template.steps.findIndex((s) => s.id === stepId) }, { template });
}

/** An open action of an earlier workshop, as the review step gets it. */
function reviewItem(id: string, words: { what: string; who: string; problem?: string }, fields: Partial<ReviewItem> = {}): ReviewItem {
  const { what, who, problem = '' } = words;
  return { id, what, who, problem, due: '2026-02-01', status: 'open', scope: 'ours', upwardTo: null, decidedIn: null, outcome: null, ...fields };
}

/**
 * A compass that opens by going through four earlier actions (one done, one kept open with a new
 * date, one let go with a reason, one not reached), then has notes of each kind on two traits, a
 * grouped and voted brainstorm, and two actions, one with its problem and follow-up written.
 */
export function compassFixture(locale: Locale): MinutesFixture {
  const w = WORDS[locale];
  const { template, state: created } = started('compass-before', w.compass, locale);
  let state = created;
  const as = (command: WorkshopCommand, actor = facilitator) => {
    state = run(state, actor, command, { template });
  };
  const r = w.review;
  const items = [
    reviewItem('r1', r.done, { decidedIn: w.earlier, due: '2026-01-15' }),
    reviewItem('r2', r.open, { decidedIn: w.earlier, status: 'in_progress', scope: 'upward', upwardTo: 'management' }),
    reviewItem('r3', r.dropped, { decidedIn: w.earlier, due: null }),
    reviewItem('r4', r.untouched, { due: '2026-04-01' }),
  ];
  state = applyAll(state, [{ type: 'review.loaded', items }], T0 + 500);
  as({ type: 'action.review', actionId: 'r1', outcome: 'done', due: null, comment: r.done.comment });
  as({ type: 'action.review', actionId: 'r2', outcome: 'open', due: '2026-06-01', comment: r.open.comment });
  as({ type: 'action.review', actionId: 'r3', outcome: 'dropped', due: null, comment: r.dropped.comment });
  state = goTo(state, template, 'today');
  as({ type: 'note.add', noteId: 't1', stepId: 'today', category: 'realistic', kind: 'today', text: w.today[0] });
  as({ type: 'note.add', noteId: 't2', stepId: 'today', category: 'recognised', kind: 'today', text: w.today[1] });
  state = goTo(state, template, 'expectations');
  as({ type: 'note.add', noteId: 'e1', stepId: 'expectations', category: 'realistic', kind: 'better', text: w.better[0] });
  as({ type: 'note.add', noteId: 'e2', stepId: 'expectations', category: 'realistic', kind: 'better', text: w.better[1] });
  as({ type: 'note.add', noteId: 'e3', stepId: 'expectations', category: 'meaningful', kind: 'worse', text: w.worse[0] });
  as({ type: 'note.add', noteId: 'e4', stepId: 'expectations', category: 'healthy', kind: 'worse', text: w.worse[1] });
  state = goTo(state, template, 'preconditions');
  as({ type: 'note.add', noteId: 'p1', stepId: 'preconditions', category: 'before', kind: 'idea', text: w.ideas[0] });
  as({ type: 'note.add', noteId: 'p2', stepId: 'preconditions', category: 'during', kind: 'idea', text: w.ideas[1] });
  as({ type: 'group.save', groupId: 'g1', stepId: 'preconditions', label: w.group });
  as({ type: 'notes.group', noteIds: ['p1', 'p2'], groupId: 'g1' });
  as({ type: 'voting.open', stepId: 'preconditions' });
  as({ type: 'vote.cast', noteId: 'p2' }, participant('v1'));
  as({ type: 'vote.cast', noteId: 'p2' }, participant('v2'));
  state = goTo(state, template, 'actions');
  as({
    type: 'action.add',
    actionId: 'a1',
    what: w.actions[0],
    who: w.who,
    due: '2026-03-03',
    noteIds: ['p2'],
    traitId: 'realistic',
    scope: 'upward',
    upwardTo: 'management',
    problem: w.problem,
    followUp: w.followUp,
  });
  as({ type: 'action.add', actionId: 'a2', what: w.actions[1], who: '', due: null, noteIds: [], traitId: null });
  return {
    summary: presentSummary(state, template, STAFF),
    template,
    heldAt: state.createdAt,
    title: w.compass,
    noteTexts: [...w.today, ...w.better, ...w.worse, ...w.ideas],
    actionTexts: [...w.actions, w.problem, w.followUp],
    registerTexts: [],
    reviewTexts: [r.done.what, r.done.comment, r.open.what, r.open.problem, r.open.comment, r.dropped.what, r.dropped.comment, r.untouched.what, w.earlier],
    reviewComments: { done: r.done.comment, open: r.open.comment, dropped: r.dropped.comment },
  };
}

/** A meeting on how technology moves tasks: a consequence note and a task shift in the register. */
export function tasksMoveFixture(locale: Locale): MinutesFixture {
  const w = WORDS[locale];
  const { template, state: created } = started('tasks-move', w.tasks, locale);
  let state = created;
  state = goTo(state, template, 'seen');
  state = run(state, facilitator, { type: 'note.add', noteId: 'c1', stepId: 'seen', category: 'to-citizens', kind: 'consequence', text: w.consequence }, { template });
  const entry = {
    id: 'shift-1',
    register: 'taskShifts' as const,
    position: 0,
    version: 1,
    data: { task: w.task, from: w.from, to: w.to, how: 'between_groups', burdens: ['work_pressure', 'less_flexibility'], status: 'open' },
  };
  state = applyAll(state, [{ type: 'entries.loaded', register: 'taskShifts', entries: [entry] }], T0 + 1000);
  return {
    summary: presentSummary(state, template, STAFF),
    template,
    heldAt: state.createdAt,
    title: w.tasks,
    noteTexts: [w.consequence],
    actionTexts: [],
    registerTexts: [w.task, w.from, w.to],
    reviewTexts: [],
    reviewComments: null,
  };
}
