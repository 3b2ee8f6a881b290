import type { Actor } from './actor.ts';
import { decideAction } from './decideActions.ts';
import { decideBoard } from './decideBoard.ts';
import { decideEntry } from './decideEntries.ts';
import { decideNote } from './decideNotes.ts';
import { decideSession } from './decideSession.ts';
import { refuse, type DecisionResult } from './decision.ts';
import type { TemplateDefinition } from './template.ts';
import type { WorkshopCommand, WorkshopCommandType } from './workshopCommands.ts';
import type { WorkshopState } from './workshopState.ts';

/** Who may send each command. Deny by default: a new command type must be listed here to work. */
export const COMMAND_PERMISSIONS: Readonly<Record<WorkshopCommandType, 'facilitator' | 'anyone'>> = {
  'note.add': 'anyone',
  'note.edit': 'anyone',
  'note.delete': 'anyone',
  'notes.merge': 'facilitator',
  'notes.reveal': 'facilitator',
  'group.save': 'facilitator',
  'group.delete': 'facilitator',
  'notes.group': 'facilitator',
  'vote.cast': 'anyone',
  'vote.retract': 'anyone',
  'voting.open': 'facilitator',
  'voting.close': 'facilitator',
  'step.go': 'facilitator',
  'timer.start': 'facilitator',
  'timer.stop': 'facilitator',
  'paper.headcount': 'facilitator',
  'settings.update': 'facilitator',
  'action.add': 'anyone',
  'action.update': 'facilitator',
  'action.delete': 'facilitator',
  'action.review': 'facilitator',
  'entry.save': 'anyone',
  'entry.remove': 'anyone',
  'participant.rename': 'anyone',
  'workshop.finish': 'facilitator',
  'workshop.reopen': 'facilitator',
};

/** Commands the facilitator can still send once a workshop is finished (tidying the actions). */
const ALLOWED_WHEN_FINISHED: ReadonlySet<WorkshopCommandType> = new Set([
  'workshop.reopen',
  'action.update',
  'action.add',
  'action.delete',
  'action.review',
]);

/**
 * The engine: given the state, the template it runs, who asks and what, decide which events
 * happen. Pure: no clock (now is passed in), no I/O, no template-specific branches.
 */
export function decide(
  state: WorkshopState,
  template: TemplateDefinition,
  actor: Actor,
  command: WorkshopCommand,
  now: number,
): DecisionResult {
  if (COMMAND_PERMISSIONS[command.type] === 'facilitator' && actor.kind !== 'facilitator') {
    return refuse('not_allowed');
  }
  if (state.status === 'finished' && (actor.kind !== 'facilitator' || !ALLOWED_WHEN_FINISHED.has(command.type))) {
    return refuse('workshop_finished');
  }
  switch (command.type) {
    case 'note.add':
    case 'note.edit':
    case 'note.delete':
      return decideNote(state, template, actor, command, now);
    case 'notes.merge':
    case 'notes.reveal':
    case 'group.save':
    case 'group.delete':
    case 'notes.group':
    case 'vote.cast':
    case 'vote.retract':
    case 'voting.open':
    case 'voting.close':
      return decideBoard(state, template, actor, command);
    case 'step.go':
    case 'timer.start':
    case 'timer.stop':
    case 'paper.headcount':
    case 'settings.update':
    case 'participant.rename':
    case 'workshop.finish':
    case 'workshop.reopen':
      return decideSession(state, template, actor, command, now);
    case 'action.add':
    case 'action.update':
    case 'action.delete':
    case 'action.review':
      return decideAction(state, template, actor, command, now);
    case 'entry.save':
    case 'entry.remove':
      return decideEntry(state, template, actor, command);
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled command ${JSON.stringify(unreachable)}`);
    }
  }
}
