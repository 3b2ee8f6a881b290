import { CATEGORY_SET_IDS, categoriesOf, type Category } from '../../domain/categories.ts';
import type { NoteKindId } from '../../domain/noteKinds.ts';
import type { StepDefinition, TemplateDefinition } from '../../domain/template.ts';
import { findTemplate } from '../../domain/templateRegistry.ts';
import { isVotableInStep } from '../../domain/votable.ts';
import { DEFAULT_WORKSHOP_OPTIONS, type WorkshopOptions } from '../../domain/workshopOptions.ts';
import type { NoteView, WorkshopView } from '../../protocol/views.ts';
import type { ClientState } from './clientState.ts';

export function templateOf(workshop: WorkshopView | null): TemplateDefinition | null {
  return workshop ? (findTemplate(workshop.templateId) ?? null) : null;
}

export function currentStep(workshop: WorkshopView | null): StepDefinition | null {
  return templateOf(workshop)?.steps[workshop?.stepIndex ?? -1] ?? null;
}

/**
 * The categories a step places its notes on, as the workshop's options shape them (a phase
 * dialogue asks the questions of its phase). Without options: every category of the set.
 */
export function categoriesOfStep(step: StepDefinition | null, options: WorkshopOptions = DEFAULT_WORKSHOP_OPTIONS): readonly Category[] {
  return step?.categorySet ? categoriesOf(step.categorySet, options) : [];
}

/** A category by id, from any set (a refused note may come from another step's set). */
export function findCategory(id: string): Category | null {
  return CATEGORY_SET_IDS.flatMap((set) => categoriesOf(set, DEFAULT_WORKSHOP_OPTIONS)).find((c) => c.id === id) ?? null;
}

/** The step whose notes a select step shows, or null for every other step. */
export function sourceStepOf(template: TemplateDefinition, step: StepDefinition): StepDefinition | null {
  if (!step.source) return null;
  const sourceId = step.source.stepId;
  return template.steps.find((s) => s.id === sourceId) ?? null;
}

/**
 * The step whose categories and groups frame the notes a step shows: its source for a select
 * step, itself otherwise.
 */
export function noteFrameOf(template: TemplateDefinition, step: StepDefinition): StepDefinition {
  return sourceStepOf(template, step) ?? step;
}

/**
 * The visible notes a step shows, oldest first: its own, or for a select step those of its source
 * step of the source kinds; the same notes the server lets people vote on there.
 */
export function notesShownIn(notes: ReadonlyMap<string, NoteView>, template: TemplateDefinition, step: StepDefinition): NoteView[] {
  return [...notes.values()].filter((n) => !n.hidden && isVotableInStep(step, n)).sort(byCreation);
}

/** A note as this device shows it, including its own notes the server has not confirmed. */
export interface DisplayNote {
  readonly id: string;
  readonly stepId: string;
  readonly category: string;
  readonly kind: NoteKindId;
  readonly text: string;
  readonly authorName: string | null;
  readonly votes: number;
  readonly groupId: string | null;
  readonly createdAt: number;
  /** pending: in the outbox; hidden: only we see it; rejected: refused, text kept. */
  readonly status: 'pending' | 'hidden' | 'rejected' | null;
  /** The outbox or rejected command id, for notes the server has not stored. */
  readonly commandId: string | null;
}

function fromView(note: NoteView, status: DisplayNote['status']): DisplayNote {
  return { ...note, status, commandId: null };
}

const byCreation = (a: { createdAt: number }, b: { createdAt: number }) => a.createdAt - b.createdAt;

/** Visible notes of a step on the board, oldest first. */
export function notesOfStep(notes: ReadonlyMap<string, NoteView>, stepId: string): NoteView[] {
  return [...notes.values()].filter((n) => n.stepId === stepId).sort(byCreation);
}

/**
 * This device's notes in a step: stored ones (visible or hidden) and ones waiting in the outbox,
 * plus any the server refused (from whichever step). Each appears once, the server's version
 * winning.
 */
export function myNotesOfStep(state: ClientState, stepId: string): DisplayNote[] {
  const result = new Map<string, DisplayNote>();
  for (const id of state.myNotes.ids) {
    const onBoard = state.board.notes.get(id);
    const cached = state.myNotes.notes.get(id);
    const note = onBoard ?? cached;
    if (note && note.stepId === stepId) result.set(id, fromView(note, note.hidden ? 'hidden' : null));
  }
  const pending = (entries: readonly { commandId: string; command: ClientState['outbox'][number]['command'] }[], status: 'pending' | 'rejected', at: number) => {
    for (const { commandId, command } of entries) {
      if (command.type !== 'note.add' || result.has(command.noteId)) continue;
      // A refused note shows in whatever step is on screen, so its text can be sent again.
      if (status === 'pending' && command.stepId !== stepId) continue;
      result.set(command.noteId, {
        id: command.noteId,
        stepId: command.stepId,
        category: command.category,
        kind: command.kind,
        text: command.text,
        authorName: null,
        votes: 0,
        groupId: null,
        createdAt: at,
        status,
        commandId,
      });
    }
  };
  pending(state.outbox, 'pending', Number.MAX_SAFE_INTEGER);
  pending(state.rejected, 'rejected', Number.MAX_SAFE_INTEGER);
  return [...result.values()].sort(byCreation);
}

/** Visible notes of a step written by others. */
export function othersNotesOfStep(state: ClientState, stepId: string): NoteView[] {
  return notesOfStep(state.board.notes, stepId).filter((n) => !n.hidden && !state.myNotes.ids.has(n.id));
}
