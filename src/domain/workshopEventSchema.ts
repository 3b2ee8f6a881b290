import { z } from 'zod';
import { REVIEW_OUTCOMES } from './actionPlan.ts';
import { LOCALES } from './localized.ts';
import { NOTE_KIND_IDS } from './noteKinds.ts';
import { plainText } from './plainText.ts';
import { PROJECT_PHASE_IDS } from './projectPhases.ts';
import { REGISTER_IDS } from './registerTypes.ts';
import type { WorkshopEventData, WorkshopEventType } from './workshopEvents.ts';
import { ACTION_SCOPES, ACTION_STATUSES, UPWARD_TARGETS } from './workshopState.ts';

/**
 * Stored workshop events as data to check: what an organisation's export carries, read back by
 * the importer, which must not trust the file. Objects are strict, so a field this schema does not
 * know is refused rather than silently dropped; when an event gains a field, add it here (the
 * compile-time checks at the end catch a missing event type or a field of the wrong type).
 * Bounds are generous: they keep out what could never have been stored, not what a command refuses.
 */

const TEXT = 10_000;
const Id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const Text = plainText(TEXT);
const Ms = z.number().int().min(0);
const CalendarDate = z.iso.date();
const Status = z.enum(ACTION_STATUSES);
const Scope = z.enum(ACTION_SCOPES);
const Upward = z.enum(UPWARD_TARGETS);

const SettingsSchema = z.strictObject({
  anonymous: z.boolean(),
  privateWriting: z.boolean(),
  showAuthors: z.boolean(),
  voteBudget: z.number().int().min(1).max(1000),
});

const NoteSchema = z.strictObject({
  id: Id,
  stepId: Id,
  category: Id,
  kind: z.enum(NOTE_KIND_IDS),
  text: Text,
  authorId: Id.nullable(),
  hidden: z.boolean(),
  groupId: Id.nullable(),
  votes: z.number().int().min(0),
  createdAt: Ms,
});

/** What an action and a review's item of it both carry. */
const ActionCore = { id: Id, what: Text, problem: Text, who: Text, due: CalendarDate.nullable(), status: Status, scope: Scope, upwardTo: Upward.nullable() };

const ActionSchema = z.strictObject({
  ...ActionCore,
  noteIds: z.array(Id).max(1000),
  traitId: Id.nullable(),
  followUp: Text,
  createdAt: Ms,
});

const ReviewDecisionSchema = z.strictObject({
  outcome: z.enum(REVIEW_OUTCOMES),
  status: Status,
  due: CalendarDate.nullable(),
  comment: Text,
});

const ReviewItemSchema = z.strictObject({
  ...ActionCore,
  decidedIn: Text.nullable(),
  outcome: ReviewDecisionSchema.nullable(),
});

/** A register field's stored value: text, a list of choices, or nothing. */
export const StoredEntryValueSchema = z.union([Text, z.array(plainText(1000)).max(500), z.null()]);
export const StoredEntryDataSchema = z.record(z.string().min(1).max(64), StoredEntryValueSchema);

const RegisterEntrySchema = z.strictObject({
  id: Id,
  register: z.enum(REGISTER_IDS),
  position: z.number().int().min(0),
  data: StoredEntryDataSchema,
  version: z.number().int().min(0),
});

const IdList = z.array(Id).max(10_000);

/** Every event a workshop can hold, by type. */
export const WorkshopEventDataSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('workshop.created'),
    workshopId: Id,
    title: Text,
    templateId: Id,
    locale: z.enum(LOCALES),
    joinCode: Id,
    settings: SettingsSchema,
    options: z.strictObject({ phase: z.enum(PROJECT_PHASE_IDS).nullable() }).optional(),
  }),
  z.strictObject({ type: z.literal('participant.joined'), participantId: Id, displayName: Text.nullable() }),
  z.strictObject({ type: z.literal('participant.renamed'), participantId: Id, displayName: Text.nullable() }),
  z.strictObject({ type: z.literal('note.added'), note: NoteSchema }),
  z.strictObject({ type: z.literal('note.edited'), noteId: Id, text: Text, category: Id, kind: z.enum(NOTE_KIND_IDS) }),
  z.strictObject({ type: z.literal('note.deleted'), noteId: Id }),
  z.strictObject({ type: z.literal('notes.merged'), targetId: Id, sourceIds: IdList, text: Text }),
  z.strictObject({ type: z.literal('notes.revealed'), stepId: Id, noteIds: IdList }),
  z.strictObject({ type: z.literal('group.saved'), group: z.strictObject({ id: Id, stepId: Id, label: Text }) }),
  z.strictObject({ type: z.literal('group.deleted'), groupId: Id }),
  z.strictObject({ type: z.literal('notes.grouped'), noteIds: IdList, groupId: Id.nullable() }),
  z.strictObject({ type: z.literal('vote.cast'), noteId: Id, participantId: Id.nullable() }),
  z.strictObject({ type: z.literal('vote.retracted'), noteId: Id, participantId: Id }),
  z.strictObject({ type: z.literal('voting.opened'), stepId: Id }),
  z.strictObject({ type: z.literal('voting.closed') }),
  z.strictObject({ type: z.literal('step.changed'), stepIndex: z.number().int().min(0).max(1000) }),
  z.strictObject({ type: z.literal('timer.started'), endsAt: Ms, durationMs: Ms }),
  z.strictObject({ type: z.literal('timer.stopped') }),
  z.strictObject({ type: z.literal('paper.counted'), stepId: Id, count: z.number().int().min(0).max(100_000) }),
  z.strictObject({ type: z.literal('settings.changed'), settings: SettingsSchema }),
  z.strictObject({ type: z.literal('action.added'), action: ActionSchema }),
  z.strictObject({ type: z.literal('action.updated'), action: ActionSchema }),
  z.strictObject({ type: z.literal('action.deleted'), actionId: Id }),
  z.strictObject({ type: z.literal('review.loaded'), items: z.array(ReviewItemSchema).max(10_000) }),
  z.strictObject({ type: z.literal('action.reviewed'), actionId: Id, decision: ReviewDecisionSchema }),
  z.strictObject({
    type: z.literal('entries.loaded'),
    register: z.enum(REGISTER_IDS),
    entries: z.array(RegisterEntrySchema).max(10_000),
    removedIds: IdList.optional(),
  }),
  z.strictObject({ type: z.literal('entry.saved'), entry: RegisterEntrySchema }),
  z.strictObject({ type: z.literal('entry.removed'), entryId: Id, register: z.enum(REGISTER_IDS) }),
  z.strictObject({ type: z.literal('workshop.finished') }),
  z.strictObject({ type: z.literal('workshop.reopened') }),
]);

// What the schema accepts is an event the engine knows, and it knows every type the engine has.
type Parsed = z.infer<typeof WorkshopEventDataSchema>;
type Covers<T extends true> = T;
export type EventSchemaIsSound = Covers<Parsed extends WorkshopEventData ? true : false>;
export type EventSchemaIsComplete = Covers<[Exclude<WorkshopEventType, Parsed['type']>] extends [never] ? true : false>;
