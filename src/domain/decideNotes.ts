import type { Actor } from './actor.ts';
import { categoriesOf } from './categories.ts';
import { relinkActions } from './decideActions.ts';
import { accept, refuse, type DecisionResult } from './decision.ts';
import { ok } from './result.ts';
import { votingStepOf } from './votable.ts';
import type { TemplateDefinition } from './template.ts';
import type { WorkshopCommand } from './workshopCommands.ts';
import { NOTE_MAX_LENGTH, type Note, type WorkshopState } from './workshopState.ts';

type NoteCommand = Extract<WorkshopCommand, { type: 'note.add' | 'note.edit' | 'note.delete' }>;

function checkText(text: string): DecisionResult | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return refuse('note_empty');
  if (trimmed.length > NOTE_MAX_LENGTH) return refuse('note_too_long');
  return null;
}

/** A participant may change only a note they wrote; the facilitator may change any. */
function mayChange(actor: Actor, note: Note): boolean {
  return actor.kind === 'facilitator' || (note.authorId !== null && note.authorId === actor.participantId);
}

/** Adding, editing and deleting a single note. */
export function decideNote(
  state: WorkshopState,
  template: TemplateDefinition,
  actor: Actor,
  command: NoteCommand,
  now: number,
): DecisionResult {
  switch (command.type) {
    case 'note.add': {
      const step = template.steps.find((s) => s.id === command.stepId);
      if (!step || step.categorySet === null) return refuse('step_takes_no_notes');
      // Participants write in the step on screen; the facilitator may catch up earlier steps.
      const current = template.steps[state.stepIndex];
      if (actor.kind === 'participant' && current?.id !== step.id) return refuse('not_current_step');
      if (!categoriesOf(step.categorySet, state.options).some((c) => c.id === command.category)) {
        return refuse('unknown_category');
      }
      if (!step.noteKinds.includes(command.kind)) return refuse('kind_not_in_step');
      const bad = checkText(command.text);
      if (bad) return bad;
      if (state.notes.has(command.noteId)) return refuse('note_exists');
      const note: Note = {
        id: command.noteId,
        stepId: step.id,
        category: command.category,
        kind: command.kind,
        text: command.text.trim(),
        authorId: actor.kind === 'participant' && !state.settings.anonymous ? actor.participantId : null,
        // Private writing is for participants thinking alone; the facilitator types for the room.
        hidden: actor.kind === 'participant' && state.settings.privateWriting,
        groupId: null,
        votes: 0,
        createdAt: now,
      };
      return accept({ type: 'note.added', note });
    }
    case 'note.edit': {
      const note = state.notes.get(command.noteId);
      if (!note) return refuse('note_not_found');
      if (!mayChange(actor, note)) return refuse('not_your_note');
      const bad = checkText(command.text);
      if (bad) return bad;
      const step = template.steps.find((s) => s.id === note.stepId);
      const category = command.category ?? note.category;
      const kind = command.kind ?? note.kind;
      if (step?.categorySet && !categoriesOf(step.categorySet, state.options).some((c) => c.id === category)) {
        return refuse('unknown_category');
      }
      if (step && !step.noteKinds.includes(kind)) return refuse('kind_not_in_step');
      return accept({ type: 'note.edited', noteId: note.id, text: command.text.trim(), category, kind });
    }
    case 'note.delete': {
      const note = state.notes.get(command.noteId);
      if (!note) return refuse('note_not_found');
      if (!mayChange(actor, note)) return refuse('not_your_note');
      // Named voters get their dots back; anonymous dots cannot be, as nobody knows whose they were.
      const voteRefunds = [...(state.namedVotes.get(note.id) ?? [])].map(([participantId, count]) => ({
        participantId,
        stepId: votingStepOf(template, note),
        count,
      }));
      return ok({
        events: [{ type: 'note.deleted', noteId: note.id }, ...relinkActions(state, [note.id], null)],
        votesUsedDelta: 0,
        voteRefunds,
      });
    }
    default: {
      const unreachable: never = command;
      throw new Error(`unhandled note command ${JSON.stringify(unreachable)}`);
    }
  }
}
