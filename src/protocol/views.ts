import { z } from 'zod';
import { REVIEW_OUTCOMES } from '../domain/actionPlan.ts';
import { ACTION_SCOPES, ACTION_STATUSES, UPWARD_TARGETS } from '../domain/workshopState.ts';
import { PROJECT_PHASE_IDS } from '../domain/projectPhases.ts';
import { REGISTER_IDS } from '../domain/registerTypes.ts';
import { LOCALES } from '../domain/localized.ts';
import { NOTE_KIND_IDS } from '../domain/noteKinds.ts';

/** A note as a viewer sees it. There is no author id: only a name, and only when shown. */
export const NoteViewSchema = z.object({
  id: z.string(),
  stepId: z.string(),
  category: z.string(),
  kind: z.enum(NOTE_KIND_IDS),
  text: z.string(),
  hidden: z.boolean(),
  groupId: z.string().nullable(),
  votes: z.number().int(),
  createdAt: z.number(),
  authorName: z.string().nullable(),
});
export type NoteView = z.infer<typeof NoteViewSchema>;

export const GroupViewSchema = z.object({ id: z.string(), stepId: z.string(), label: z.string() });
export type GroupView = z.infer<typeof GroupViewSchema>;

export const ActionViewSchema = z.object({
  id: z.string(),
  what: z.string(),
  problem: z.string(),
  who: z.string(),
  due: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  noteIds: z.array(z.string()),
  traitId: z.string().nullable(),
  scope: z.enum(ACTION_SCOPES),
  upwardTo: z.enum(UPWARD_TARGETS).nullable(),
  followUp: z.string(),
  createdAt: z.number(),
});
export type ActionView = z.infer<typeof ActionViewSchema>;

/** An open action of the project from an earlier workshop, as a review step shows it. */
export const ReviewItemViewSchema = z.object({
  id: z.string(),
  what: z.string(),
  problem: z.string(),
  who: z.string(),
  due: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  scope: z.enum(ACTION_SCOPES),
  upwardTo: z.enum(UPWARD_TARGETS).nullable(),
  decidedIn: z.string().nullable(),
  /** What this workshop decided about it, or null while it has not. */
  outcome: z
    .object({ outcome: z.enum(REVIEW_OUTCOMES), status: z.enum(ACTION_STATUSES), due: z.string().nullable(), comment: z.string() })
    .nullable(),
});
export type ReviewItemView = z.infer<typeof ReviewItemViewSchema>;

/** A row of a project register as a workshop's register step shows it. */
export const WorkshopEntryViewSchema = z.object({
  id: z.string(),
  register: z.enum(REGISTER_IDS),
  position: z.number().int(),
  data: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])),
  version: z.number().int(),
});
export type WorkshopEntryView = z.infer<typeof WorkshopEntryViewSchema>;

export const WorkshopOptionsViewSchema = z.object({ phase: z.enum(PROJECT_PHASE_IDS).nullable() });

export const SettingsViewSchema = z.object({
  anonymous: z.boolean(),
  privateWriting: z.boolean(),
  showAuthors: z.boolean(),
  voteBudget: z.number().int(),
});

/** The workshop's shared state, the same for every viewer. */
export const WorkshopViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  locale: z.enum(LOCALES),
  options: WorkshopOptionsViewSchema,
  joinCode: z.string(),
  status: z.enum(['open', 'finished']),
  stepIndex: z.number().int(),
  settings: SettingsViewSchema,
  votingStepId: z.string().nullable(),
  timer: z.object({ endsAt: z.number().nullable(), durationMs: z.number() }),
  participantCount: z.number().int(),
  /** Per step, people who wrote on paper and whose notes the facilitator typed in. */
  paperHeadcounts: z.record(z.string(), z.number().int()),
  /** Hidden notes per step: everyone sees how many were written, nobody but the author what. */
  hiddenCounts: z.record(z.string(), z.number().int()),
});
export type WorkshopView = z.infer<typeof WorkshopViewSchema>;

/** What only this viewer sees about themself. */
export const MeViewSchema = z.object({
  role: z.enum(['facilitator', 'projector', 'participant']),
  participantId: z.string().nullable(),
  displayName: z.string().nullable(),
  votesUsed: z.number().int(),
  /** Named workshops only: the dots this participant put on each note. */
  myVotes: z.record(z.string(), z.number().int()),
});
export type MeView = z.infer<typeof MeViewSchema>;

export const SnapshotSchema = z.object({
  seq: z.number().int(),
  workshop: WorkshopViewSchema,
  notes: z.array(NoteViewSchema),
  groups: z.array(GroupViewSchema),
  actions: z.array(ActionViewSchema),
  entries: z.array(WorkshopEntryViewSchema),
  review: z.array(ReviewItemViewSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** One change to apply to a client's copy of the board. Every change is idempotent. */
export const ChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('note.upsert'), note: NoteViewSchema }),
  z.object({ op: z.literal('note.remove'), noteId: z.string() }),
  z.object({ op: z.literal('group.upsert'), group: GroupViewSchema }),
  z.object({ op: z.literal('group.remove'), groupId: z.string() }),
  z.object({ op: z.literal('action.upsert'), action: ActionViewSchema }),
  z.object({ op: z.literal('action.remove'), actionId: z.string() }),
  z.object({ op: z.literal('entry.upsert'), entry: WorkshopEntryViewSchema }),
  z.object({ op: z.literal('entry.remove'), entryId: z.string() }),
  z.object({ op: z.literal('review.upsert'), item: ReviewItemViewSchema }),
  /** The review list now holds exactly these actions: any other is removed. */
  z.object({ op: z.literal('review.reset'), actionIds: z.array(z.string()) }),
  z.object({ op: z.literal('workshop'), workshop: WorkshopViewSchema }),
]);
export type Change = z.infer<typeof ChangeSchema>;
