import type { Actor } from './actor.ts';
import { relinkActions } from './decideActions.ts';
import { isVotableIn } from './votable.ts';
import { accept, refuse, type DecisionResult } from './decision.ts';
import { ok } from './result.ts';
import type { TemplateDefinition } from './template.ts';
import type { WorkshopCommand } from './workshopCommands.ts';
import { NOTE_MAX_LENGTH, type WorkshopState } from './workshopState.ts';

const GROUP_LABEL_MAX_LENGTH = 80;

type BoardCommand = Extract<
  WorkshopCommand,
  {
    type:
      | 'notes.merge'
      | 'notes.reveal'
      | 'group.save'
      | 'group.delete'
      | 'notes.group'
      | 'vote.cast'
      | 'vote.retract'
      | 'voting.open'
      | 'voting.close';
  }
>;

/** Shaping the board: merging, grouping, revealing notes, and dot voting. */
export function decideBoard(
  state: WorkshopState,
  template: TemplateDefinition,
  actor: Actor,
  command: BoardCommand,
): DecisionResult {
  switch (command.type) {
    case 'notes.merge': {
      const target = state.notes.get(command.targetId);
      if (!target) return refuse('note_not_found');
      const sources = command.sourceIds.map((id) => state.notes.get(id));
      if (sources.some((n) => n === undefined)) return refuse('note_not_found');
      const unique = new Set(command.sourceIds);
      if (unique.has(target.id) || unique.size !== command.sourceIds.length) return refuse('invalid_merge');
      if (sources.some((n) => n?.stepId !== target.stepId)) return refuse('invalid_merge');
      // A hidden note is its author's until revealed: it cannot be folded into, or hide, others.
      if (target.hidden || sources.some((n) => n?.hidden)) return refuse('note_not_found');
      const text = (command.text ?? [target, ...sources].map((n) => n?.text).join(' / ')).trim();
      if (text.length === 0) return refuse('note_empty');
      if (text.length > NOTE_MAX_LENGTH) return refuse('note_too_long');
      return accept(
        { type: 'notes.merged', targetId: target.id, sourceIds: [...unique], text },
        ...relinkActions(state, [...unique], target.id),
      );
    }
    case 'notes.reveal': {
      const noteIds = [...state.notes.values()]
        .filter((n) => n.stepId === command.stepId && n.hidden)
        .map((n) => n.id);
      return accept({ type: 'notes.revealed', stepId: command.stepId, noteIds });
    }
    case 'group.save': {
      if (!template.steps.some((s) => s.id === command.stepId)) return refuse('step_out_of_range');
      // A group belongs to one step's board; its notes cannot follow it to another.
      const existing = state.groups.get(command.groupId);
      if (existing && existing.stepId !== command.stepId) return refuse('group_not_found');
      const label = command.label.trim();
      if (label.length === 0) return refuse('label_empty');
      if (label.length > GROUP_LABEL_MAX_LENGTH) return refuse('label_too_long');
      return accept({ type: 'group.saved', group: { id: command.groupId, stepId: command.stepId, label } });
    }
    case 'group.delete': {
      if (!state.groups.has(command.groupId)) return refuse('group_not_found');
      return accept({ type: 'group.deleted', groupId: command.groupId });
    }
    case 'notes.group': {
      const group = command.groupId === null ? null : state.groups.get(command.groupId);
      if (group === undefined) return refuse('group_not_found');
      const notes = command.noteIds.map((id) => state.notes.get(id));
      if (notes.some((n) => n === undefined)) return refuse('note_not_found');
      // A group belongs to one step's board; seen from another step's notes it does not exist.
      if (group && notes.some((n) => n?.stepId !== group.stepId)) return refuse('group_not_found');
      return accept({ type: 'notes.grouped', noteIds: [...new Set(command.noteIds)], groupId: command.groupId });
    }
    case 'vote.cast': {
      if (actor.kind !== 'participant') return refuse('not_allowed');
      const note = state.notes.get(command.noteId);
      if (!note) return refuse('note_not_found');
      if (state.votingStepId === null || !isVotableIn(template, state.votingStepId, note)) return refuse('voting_closed');
      if (note.hidden && note.authorId !== actor.participantId) return refuse('note_not_found');
      if (actor.votesUsed >= state.settings.voteBudget) return refuse('vote_budget_used');
      const participantId = state.settings.anonymous ? null : actor.participantId;
      return ok({ events: [{ type: 'vote.cast', noteId: note.id, participantId }], votesUsedDelta: 1, voteRefunds: [] });
    }
    case 'vote.retract': {
      if (actor.kind !== 'participant') return refuse('not_allowed');
      const note = state.notes.get(command.noteId);
      if (!note) return refuse('note_not_found');
      if (state.votingStepId === null || !isVotableIn(template, state.votingStepId, note)) return refuse('voting_closed');
      if (state.settings.anonymous) return refuse('anonymous_votes_final');
      const mine = state.namedVotes.get(note.id)?.get(actor.participantId) ?? 0;
      if (mine === 0) return refuse('no_vote_to_retract');
      return ok({
        events: [{ type: 'vote.retracted', noteId: note.id, participantId: actor.participantId }],
        votesUsedDelta: -1,
        voteRefunds: [],
      });
    }
    case 'voting.open': {
      const step = template.steps.find((s) => s.id === command.stepId);
      if (!step) return refuse('step_out_of_range');
      if (!step.voting) return refuse('voting_not_in_step');
      return accept({ type: 'voting.opened', stepId: step.id });
    }
    case 'voting.close':
      return accept({ type: 'voting.closed' });
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled board command ${JSON.stringify(unreachable)}`);
    }
  }
}
