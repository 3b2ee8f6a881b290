import type { Actor } from '../actor.ts';
import { decide } from '../decide.ts';
import type { Decision } from '../decision.ts';
import type { DomainErrorCode } from '../domainErrors.ts';
import { evolve, replay } from '../evolve.ts';
import type { TemplateDefinition } from '../template.ts';
import { COMPASS_BEFORE } from '../templates/compassBefore.ts';
import type { WorkshopCommand, WorkshopCommandType } from '../workshopCommands.ts';
import type { WorkshopEvent, WorkshopEventData } from '../workshopEvents.ts';
import { DEFAULT_VOTE_BUDGET, type Note, type WorkshopSettings, type WorkshopState } from '../workshopState.ts';

/** A fixed server time, so tests never read the clock. */
export const T0 = 1_700_000_000_000;

/** The compass template's steps by index, so tests name steps instead of counting. */
export const STEP = { review: 0, traits: 1, today: 2, expectations: 3, preconditions: 4, actions: 5 } as const;

export const facilitator: Actor = { kind: 'facilitator' };

export function participant(participantId: string, votesUsed = 0): Actor {
  return { kind: 'participant', participantId, votesUsed };
}

/** Two participants who have spent no votes. */
export const p1 = participant('p1');
export const p2 = participant('p2');

/** The command of one type, narrowed from the union. */
export type Command<K extends WorkshopCommandType> = Extract<WorkshopCommand, { type: K }>;

/** A note.add command for the given step, category and kind. */
export function addNote(noteId: string, stepId: string, category: string, kind: Note['kind'], text = `note ${noteId}`) {
  return { type: 'note.add', noteId, stepId, category, kind, text } as const;
}
/** A note.add on the compass's 'today' step. */
export const todayNote = (noteId: string, text?: string) => addNote(noteId, 'today', 'realistic', 'today', text);
/** A note.add on the compass's brainstorm (preconditions) step. */
export const ideaNote = (noteId: string, text?: string) => addNote(noteId, 'preconditions', 'before', 'idea', text);

export function createdEvent(settings: Partial<WorkshopSettings> = {}, templateId = COMPASS_BEFORE.id): WorkshopEventData {
  return {
    type: 'workshop.created',
    workshopId: 'w1',
    title: 'Nyt journalsystem',
    templateId,
    locale: 'da',
    joinCode: 'K7M4QX',
    settings: { anonymous: false, privateWriting: false, showAuthors: true, voteBudget: DEFAULT_VOTE_BUDGET, ...settings },
  };
}

/** Numbers events after the state's last one, one millisecond apart. */
export function stored(state: WorkshopState, events: readonly WorkshopEventData[], at = T0): WorkshopEvent[] {
  return events.map((data, i) => ({ seq: state.seq + i + 1, at: at + i, data }));
}

/** Folds event data into a state in order. */
export function applyAll(state: WorkshopState, events: readonly WorkshopEventData[], at = T0): WorkshopState {
  return stored(state, events, at).reduce(evolve, state);
}

/** A workshop replayed from workshop.created (with these settings) and then the given events. */
export function workshop(settings: Partial<WorkshopSettings> = {}, ...events: WorkshopEventData[]): WorkshopState {
  const created = replay(stored(replay([]), [createdEvent(settings)]));
  return applyAll(created, events);
}

/** A workshop on the given step, with the given settings. */
export const onStep = (stepIndex: number, settings: Partial<WorkshopSettings> = {}) =>
  workshop(settings, { type: 'step.changed', stepIndex });

/** The note with this id; throws (failing the test) if there is none. */
export function note(state: WorkshopState, id: string): Note {
  const found = state.notes.get(id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
}

export interface RunOptions {
  readonly template?: TemplateDefinition;
  readonly now?: number;
}

/** Decides a command and returns the decision; throws (failing the test) if it was refused. */
export function accepted(state: WorkshopState, actor: Actor, command: WorkshopCommand, options: RunOptions = {}): Decision {
  const result = decide(state, options.template ?? COMPASS_BEFORE, actor, command, options.now ?? T0);
  if (!result.ok) throw new Error(`${command.type} was refused: ${result.error}`);
  return result.value;
}

/** Decides a command and folds its events into the state; throws (failing the test) if it was refused. */
export function run(state: WorkshopState, actor: Actor, command: WorkshopCommand, options: RunOptions = {}): WorkshopState {
  return applyAll(state, accepted(state, actor, command, options).events, options.now ?? T0);
}

/** The code a command is refused with, or 'accepted'. */
export function refusal(
  state: WorkshopState,
  actor: Actor,
  command: WorkshopCommand,
  options: RunOptions = {},
): DomainErrorCode | 'accepted' {
  const result = decide(state, options.template ?? COMPASS_BEFORE, actor, command, options.now ?? T0);
  return result.ok ? 'accepted' : result.error;
}
