import { z } from 'zod';
import { REVIEW_OUTCOMES } from './actionPlan.ts';
import { NOTE_KIND_IDS } from './noteKinds.ts';
import { REGISTER_IDS } from './registerTypes.ts';
import { plainText } from './plainText.ts';
import {
  ACTION_SCOPES,
  ACTION_STATUSES,
  UPWARD_TARGETS,
  DISPLAY_NAME_MAX_LENGTH,
  MAX_PAPER_HEADCOUNT,
  MAX_TIMER_SECONDS,
  MAX_VOTE_BUDGET,
} from './workshopState.ts';

// Length limits that carry meaning (a note's 280 characters) are checked by the engine so the
// person gets a precise error; these schemas only bound the frame so nothing huge is parsed.
const FRAME_TEXT_LIMIT = 4000;
const IdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const NoteTextSchema = plainText(FRAME_TEXT_LIMIT);
/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const DateSchema = z.iso.date();

export const NoteAddSchema = z.object({
  type: z.literal('note.add'),
  noteId: IdSchema,
  stepId: IdSchema,
  category: IdSchema,
  kind: z.enum(NOTE_KIND_IDS),
  text: NoteTextSchema,
});
export const NoteEditSchema = z.object({
  type: z.literal('note.edit'),
  noteId: IdSchema,
  text: NoteTextSchema,
  category: IdSchema.optional(),
  kind: z.enum(NOTE_KIND_IDS).optional(),
});
export const NoteDeleteSchema = z.object({ type: z.literal('note.delete'), noteId: IdSchema });
export const NotesMergeSchema = z.object({
  type: z.literal('notes.merge'),
  targetId: IdSchema,
  sourceIds: z.array(IdSchema).min(1).max(50),
  text: NoteTextSchema.optional(),
});
export const NotesRevealSchema = z.object({ type: z.literal('notes.reveal'), stepId: IdSchema });
export const GroupSaveSchema = z.object({
  type: z.literal('group.save'),
  groupId: IdSchema,
  stepId: IdSchema,
  label: plainText(FRAME_TEXT_LIMIT),
});
export const GroupDeleteSchema = z.object({ type: z.literal('group.delete'), groupId: IdSchema });
export const NotesGroupSchema = z.object({
  type: z.literal('notes.group'),
  noteIds: z.array(IdSchema).min(1).max(200),
  groupId: IdSchema.nullable(),
});
export const VoteCastSchema = z.object({ type: z.literal('vote.cast'), noteId: IdSchema });
export const VoteRetractSchema = z.object({ type: z.literal('vote.retract'), noteId: IdSchema });
export const VotingOpenSchema = z.object({ type: z.literal('voting.open'), stepId: IdSchema });
export const VotingCloseSchema = z.object({ type: z.literal('voting.close') });
export const StepGoSchema = z.object({ type: z.literal('step.go'), stepIndex: z.number().int().min(0).max(100) });
export const TimerStartSchema = z.object({
  type: z.literal('timer.start'),
  seconds: z.number().int().min(1).max(MAX_TIMER_SECONDS),
});
export const PaperHeadcountSchema = z.object({
  type: z.literal('paper.headcount'),
  stepId: IdSchema,
  count: z.number().int().min(0).max(MAX_PAPER_HEADCOUNT),
});
export const TimerStopSchema = z.object({ type: z.literal('timer.stop') });
export const SettingsUpdateSchema = z.object({
  type: z.literal('settings.update'),
  anonymous: z.boolean().optional(),
  privateWriting: z.boolean().optional(),
  showAuthors: z.boolean().optional(),
  voteBudget: z.number().int().min(1).max(MAX_VOTE_BUDGET).optional(),
});
const ActionFieldsSchema = z.object({
  what: plainText(FRAME_TEXT_LIMIT),
  who: plainText(FRAME_TEXT_LIMIT),
  due: DateSchema.nullable(),
  noteIds: z.array(IdSchema).max(50),
  traitId: IdSchema.nullable(),
  scope: z.enum(ACTION_SCOPES).optional(),
  upwardTo: z.enum(UPWARD_TARGETS).nullable().optional(),
  /** The written action plan's problem and follow-up; absent means empty. */
  problem: plainText(FRAME_TEXT_LIMIT).optional(),
  followUp: plainText(FRAME_TEXT_LIMIT).optional(),
});
export const ActionAddSchema = ActionFieldsSchema.extend({
  type: z.literal('action.add'),
  actionId: IdSchema,
});
export const ActionUpdateSchema = ActionFieldsSchema.partial().extend({
  type: z.literal('action.update'),
  actionId: IdSchema,
  status: z.enum(ACTION_STATUSES).optional(),
});
export const ActionDeleteSchema = z.object({ type: z.literal('action.delete'), actionId: IdSchema });
/** A review step's decision on an open action of the project: done, open with a new date, or dropped. */
export const ActionReviewSchema = z.object({
  type: z.literal('action.review'),
  actionId: IdSchema,
  outcome: z.enum(REVIEW_OUTCOMES),
  due: DateSchema.nullable(),
  comment: plainText(FRAME_TEXT_LIMIT),
});
/** A register field's value on the wire, from a workshop or the project page; the register's definition checks the rest. */
export const EntryValueSchema = z.union([plainText(FRAME_TEXT_LIMIT), z.array(plainText(200)).max(50), z.null()]);
export const EntryPositionSchema = z.number().int().min(0).max(100_000);
export const EntrySaveSchema = z.object({
  type: z.literal('entry.save'),
  entryId: IdSchema,
  register: z.enum(REGISTER_IDS),
  fields: z.record(IdSchema, EntryValueSchema),
  position: EntryPositionSchema.optional(),
});
export const EntryRemoveSchema = z.object({ type: z.literal('entry.remove'), entryId: IdSchema });
export const ParticipantRenameSchema = z.object({
  type: z.literal('participant.rename'),
  displayName: plainText(DISPLAY_NAME_MAX_LENGTH).nullable(),
});
export const WorkshopFinishSchema = z.object({ type: z.literal('workshop.finish') });
export const WorkshopReopenSchema = z.object({ type: z.literal('workshop.reopen') });

/** Every change a person can ask of a workshop. */
export const WorkshopCommandSchema = z.discriminatedUnion('type', [
  NoteAddSchema,
  NoteEditSchema,
  NoteDeleteSchema,
  NotesMergeSchema,
  NotesRevealSchema,
  GroupSaveSchema,
  GroupDeleteSchema,
  NotesGroupSchema,
  VoteCastSchema,
  VoteRetractSchema,
  VotingOpenSchema,
  VotingCloseSchema,
  StepGoSchema,
  TimerStartSchema,
  TimerStopSchema,
  PaperHeadcountSchema,
  SettingsUpdateSchema,
  ActionAddSchema,
  ActionUpdateSchema,
  ActionDeleteSchema,
  ActionReviewSchema,
  EntrySaveSchema,
  EntryRemoveSchema,
  ParticipantRenameSchema,
  WorkshopFinishSchema,
  WorkshopReopenSchema,
]);
export type WorkshopCommand = z.infer<typeof WorkshopCommandSchema>;
export type WorkshopCommandType = WorkshopCommand['type'];
