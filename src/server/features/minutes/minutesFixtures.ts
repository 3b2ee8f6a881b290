import { replay } from '../../../domain/evolve.ts';
import type { Locale } from '../../../domain/localized.ts';
import { findTemplate } from '../../../domain/templateRegistry.ts';
import type { TemplateDefinition } from '../../../domain/template.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { WorkshopState } from '../../../domain/workshopState.ts';
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

/** A compass with notes of each kind on two traits, a grouped and voted brainstorm, and two actions. */
export function compassFixture(locale: Locale): MinutesFixture {
  const w = WORDS[locale];
  const { template, state: created } = started('compass-before', w.compass, locale);
  let state = created;
  const as = (command: WorkshopCommand, actor = facilitator) => {
    state = run(state, actor, command, { template });
  };
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
  as({ type: 'action.add', actionId: 'a1', what: w.actions[0], who: w.who, due: '2026-03-03', noteIds: ['p2'], traitId: 'realistic', scope: 'upward', upwardTo: 'management' });
  as({ type: 'action.add', actionId: 'a2', what: w.actions[1], who: '', due: null, noteIds: [], traitId: null });
  return {
    summary: presentSummary(state, template, STAFF),
    template,
    heldAt: state.createdAt,
    title: w.compass,
    noteTexts: [...w.today, ...w.better, ...w.worse, ...w.ideas],
    actionTexts: w.actions,
    registerTexts: [],
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
  };
}
