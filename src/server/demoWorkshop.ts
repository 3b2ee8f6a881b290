import { eq } from 'drizzle-orm';
import type { ReviewOutcome } from '../domain/actionPlan.ts';
import type { NoteKindId } from '../domain/noteKinds.ts';
import type { ProjectPhaseId, ProjectStepId } from '../domain/projectPhases.ts';
import type { TraitId } from '../domain/rasmus.ts';
import type { Role } from '../domain/roles.ts';
import { entryDataToWire } from '../domain/registers.ts';
import type { EntryData, RegisterId } from '../domain/registerTypes.ts';
import { COMPASS_BEFORE } from '../domain/templates/compassBefore.ts';
import type { WorkshopCommand } from '../domain/workshopCommands.ts';
import type { ActionScope, ActionStatus, UpwardTarget } from '../domain/workshopState.ts';
import type { AppContext } from './appContext.ts';
import { workshops } from './db/schema.ts';
import { changeProjectAction } from './features/actions/changeProjectAction.ts';
import type { ActionViewer } from './features/actions/presentActions.ts';
import { insertProject, moveProjectPhase, type NewProject } from './features/projects/projectStore.ts';
import { createWorkshop } from './features/workshops/createWorkshop.ts';
import { joinWorkshop } from './features/workshops/joinWorkshop.ts';
import { runCommand } from './features/workshops/runCommand.ts';
import { newId } from './features/workshops/secrets.ts';
import type { Viewer } from './features/workshops/viewer.ts';
import type { WorkshopContext } from './features/workshops/workshopContext.ts';
import type { WorkshopRoom } from './features/workshops/workshopRoom.ts';

/**
 * What the demo seeds share: its people, and workshops run through the same commands people send
 * (createWorkshop, joinWorkshop, runCommand), on a clock of their own so that a workshop held
 * months ago carries the times it would have had.
 */

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/** The demo organisation's members, by a short key. */
export type PersonKey = 'leader' | 'mette' | 'jonas' | 'aisha' | 'lars' | 'sofie';
/** Each person's user id. */
export type DemoPeople = ReadonlyMap<PersonKey, string>;

export function person(people: DemoPeople, key: PersonKey): string {
  const id = people.get(key);
  if (!id) throw new Error(`demo: no person ${key}`);
  return id;
}

/** A participant: a member by key (who joins with their account) or a guest by any other key. */
export interface DemoParticipant {
  readonly key: string;
  /** Ignored by an anonymous workshop, as it ignores anyone's name. */
  readonly name: string | null;
  readonly member: PersonKey | null;
}

export interface DemoNote {
  /** For votes and actions that point at the note. */
  readonly key?: string;
  /** A participant's key, or 'facilitator' for a note typed for the room. */
  readonly by: string;
  readonly stepId: string;
  readonly category: string;
  readonly kind: NoteKindId;
  readonly text: string;
}

export interface DemoAction {
  /** For a later workshop's review of it (DemoReview.action). */
  readonly key?: string;
  /** The problem the action answers (the written action plan's "problem"). */
  readonly problem?: string;
  readonly what: string;
  readonly who: string;
  /** The member who answers for it on the action plan, named there by the leader after the meeting. */
  readonly responsible?: PersonKey;
  /** Days from the workshop (negative: before it); null for no date. */
  readonly dueInDays: number | null;
  /** How and when it is followed up. */
  readonly followUp?: string;
  readonly noteKeys: readonly string[];
  readonly traitId: TraitId | null;
  /**
   * Where the action stood when its workshop ended (see DemoSession.finish). A later workshop's
   * review may decide more; the engine only lets it decide about an action still open by then.
   */
  readonly status: ActionStatus;
  readonly scope?: ActionScope;
  readonly upwardTo?: UpwardTarget;
}

/** A later workshop's decision, in its review step, about an action an earlier workshop decided. */
export interface DemoReview {
  /** The action's key (DemoAction.key). */
  readonly action: string;
  readonly outcome: ReviewOutcome;
  /** For an action kept open: its new date, in days from this workshop. */
  readonly dueInDays?: number;
  /** What was done, why it is late, or why it is dropped; the action's history keeps it. */
  readonly comment: string;
}

/**
 * What the demo's workshops share as its story goes on: its people, the leader (who names on the
 * action plan the member answering for each action), and the actions a later workshop's review
 * looks up by key.
 */
export class DemoStory {
  readonly people: DemoPeople;
  /** The demo leader, as the action plan sees them. */
  readonly leader: ActionViewer;
  readonly #decided = new Map<string, { readonly id: string; readonly projectId: string; readonly heldAt: number }>();

  constructor(people: DemoPeople, leaderRoles: readonly Role[]) {
    this.people = people;
    this.leader = { userId: person(people, 'leader'), roles: leaderRoles };
  }

  record(key: string, decided: { readonly id: string; readonly projectId: string; readonly heldAt: number }): void {
    if (this.#decided.has(key)) throw new Error(`demo: two actions with the key ${key}`);
    this.#decided.set(key, decided);
  }

  /** The id of an action that an earlier workshop of the same project decided. */
  earlier(key: string, projectId: string, heldAt: number): string {
    const decided = this.#decided.get(key);
    if (!decided) throw new Error(`demo: no action ${key} decided before`);
    if (decided.projectId !== projectId) throw new Error(`demo: the action ${key} belongs to another project`);
    if (decided.heldAt >= heldAt) throw new Error(`demo: the action ${key} was decided later than the review`);
    return decided.id;
  }
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A time on the morning of the day `daysAgo` days before `now`. */
export function morningOf(now: number, daysAgo: number): number {
  const day = new Date(now - daysAgo * DAY);
  day.setUTCHours(8, 0, 0, 0);
  return Math.min(day.getTime(), now);
}

/** A clock that starts at `start` and moves `tickMs` each time it is read, never past the real time. */
export function demoClock(ctx: Pick<AppContext, 'now'>, start: number, tickMs: number): () => number {
  let next = start;
  return () => {
    const at = Math.min(next, ctx.now());
    next += tickMs;
    return at;
  };
}

/** Runs a workshop through the same commands people send, refusing to go on if one is refused. */
export class DemoSession {
  readonly workshopId: string;
  readonly joinCode: string;
  /** When the workshop began. */
  readonly heldAt: number;
  readonly #wctx: WorkshopContext;
  readonly #room: WorkshopRoom;
  readonly #facilitatorUserId: string | null;
  readonly #place: { readonly organisationId: string; readonly projectId: string };
  readonly #story: DemoStory;
  readonly #participants = new Map<string, string>();
  readonly #notes = new Map<string, string>();
  readonly #actions: Array<{ id: string; status: ActionStatus }> = [];

  constructor(
    wctx: WorkshopContext,
    room: WorkshopRoom,
    workshop: { id: string; joinCode: string; heldAt: number; facilitatorUserId: string | null; organisationId: string; projectId: string },
    story: DemoStory,
  ) {
    this.#wctx = wctx;
    this.#room = room;
    this.#place = { organisationId: workshop.organisationId, projectId: workshop.projectId };
    this.#story = story;
    this.workshopId = workshop.id;
    this.joinCode = workshop.joinCode;
    this.heldAt = workshop.heldAt;
    this.#facilitatorUserId = workshop.facilitatorUserId;
  }

  async join(key: string, displayName: string | null, userId: string | null): Promise<void> {
    const joined = await joinWorkshop(this.#wctx, { code: this.joinCode, displayName }, userId);
    if (!joined.ok) throw new Error(`demo: joining failed: ${joined.error}`);
    this.#participants.set(key, joined.value.participantId);
  }

  async joinAll(participants: readonly DemoParticipant[], people: DemoPeople): Promise<void> {
    for (const p of participants) await this.join(p.key, p.name, p.member ? person(people, p.member) : null);
  }

  async run(by: string, command: WorkshopCommand): Promise<void> {
    const viewer: Viewer =
      by === 'facilitator'
        ? { role: 'facilitator', workshopId: this.workshopId, ...(this.#facilitatorUserId ? { userId: this.#facilitatorUserId } : {}) }
        : { role: 'participant', workshopId: this.workshopId, participantId: this.#participantId(by) };
    const { outcome } = await runCommand(this.#wctx, this.#room, viewer, newId(), command);
    if (outcome.kind !== 'ack') throw new Error(`demo: ${command.type} was refused: ${outcome.code}`);
  }

  async note(note: DemoNote): Promise<void> {
    const noteId = newId();
    if (note.key) this.#notes.set(note.key, noteId);
    await this.run(note.by, { type: 'note.add', noteId, stepId: note.stepId, category: note.category, kind: note.kind, text: note.text });
  }

  /** Moves to a step of the workshop's template, then writes its notes as the people who wrote them. */
  async step(stepId: string, notes: readonly DemoNote[] = []): Promise<void> {
    const stepIndex = this.#room.template.steps.findIndex((s) => s.id === stepId);
    if (stepIndex < 0) throw new Error(`demo: the template has no step ${stepId}`);
    await this.run('facilitator', { type: 'step.go', stepIndex });
    for (const note of notes.filter((n) => n.stepId === stepId)) await this.note(note);
  }

  /** Opens dot voting in a step, lets each participant spend their dots (by note key), and closes it. */
  async vote(stepId: string, votes: ReadonlyArray<readonly [string, readonly string[]]>): Promise<void> {
    await this.run('facilitator', { type: 'voting.open', stepId });
    for (const [key, noteKeys] of votes) {
      for (const noteKey of noteKeys) await this.run(key, { type: 'vote.cast', noteId: this.noteId(noteKey) });
    }
    await this.run('facilitator', { type: 'voting.close' });
  }

  /** A row of a project register, saved in the register step on screen (by a participant) or by the facilitator. */
  async saveEntry(by: string, register: RegisterId, entryId: string, fields: EntryData): Promise<void> {
    await this.run(by, { type: 'entry.save', entryId, register, fields: entryDataToWire(fields) });
  }

  /**
   * The facilitator writes the actions down, and the leader names on the action plan the member who
   * answers for each; their status is followed up after the workshop (see finish).
   */
  async addActions(actions: readonly DemoAction[]): Promise<void> {
    const named: Array<readonly [string, PersonKey]> = [];
    for (const action of actions) {
      const actionId = newId();
      this.#actions.push({ id: actionId, status: action.status });
      if (action.key) this.#story.record(action.key, { id: actionId, projectId: this.#place.projectId, heldAt: this.heldAt });
      if (action.responsible) named.push([actionId, action.responsible]);
      await this.run('facilitator', {
        type: 'action.add',
        actionId,
        what: action.what,
        who: action.who,
        due: action.dueInDays === null ? null : isoDate(this.heldAt + action.dueInDays * DAY),
        noteIds: action.noteKeys.map((k) => this.noteId(k)),
        traitId: action.traitId,
        scope: action.scope ?? 'ours',
        upwardTo: action.scope === 'upward' ? (action.upwardTo ?? 'committee') : null,
        ...(action.problem === undefined ? {} : { problem: action.problem }),
        ...(action.followUp === undefined ? {} : { followUp: action.followUp }),
      });
    }
    for (const [actionId, responsible] of named) {
      const body = { responsibleUserId: person(this.#story.people, responsible) };
      const changed = await changeProjectAction(this.#wctx.db, { ...this.#place, actionId }, this.#story.leader, body, new Date(this.#wctx.now()));
      if (!changed.ok) throw new Error(`demo: naming who answers for an action was refused: ${changed.error}`);
    }
  }

  /**
   * The review step (where a session begins): the meeting's decisions about actions that earlier
   * workshops of the project decided, each written to the action plan with its comment.
   */
  async review(reviews: readonly DemoReview[]): Promise<void> {
    if (this.#room.template.steps[this.#room.state.stepIndex]?.kind !== 'review') throw new Error('demo: not on the review step');
    for (const review of reviews) {
      await this.run('facilitator', {
        type: 'action.review',
        actionId: this.#story.earlier(review.action, this.#place.projectId, this.heldAt),
        outcome: review.outcome,
        due: review.dueInDays === undefined ? null : isoDate(this.heldAt + review.dueInDays * DAY),
        comment: review.comment,
      });
    }
  }

  /** Ends the workshop, then records how far its actions have got since. */
  async finish(): Promise<void> {
    await this.run('facilitator', { type: 'workshop.finish' });
    for (const { id, status } of this.#actions) {
      if (status !== 'open') await this.run('facilitator', { type: 'action.update', actionId: id, status });
    }
  }

  noteId(key: string): string {
    const id = this.#notes.get(key);
    if (!id) throw new Error(`demo: no note ${key}`);
    return id;
  }

  #participantId(key: string): string {
    const id = this.#participants.get(key);
    if (!id) throw new Error(`demo: nobody joined as ${key}`);
    return id;
  }
}

export interface DemoWorkshopPlan {
  readonly title: string;
  readonly templateId: string;
  readonly anonymous: boolean;
  /** For a template that asks which phase it is about. */
  readonly phase?: ProjectPhaseId | null;
}

/**
 * Creates a workshop that began at `start`, run by `createdBy` (who is also its facilitator, so
 * register rows changed in it name them), each command `tickMs` after the one before.
 */
export async function startDemoWorkshop(
  ctx: AppContext,
  place: { organisationId: string; projectId: string; createdBy: string },
  plan: DemoWorkshopPlan,
  start: number,
  tickMs: number,
  story: DemoStory,
): Promise<DemoSession> {
  const wctx: WorkshopContext = { db: ctx.db, rooms: ctx.rooms, now: demoClock(ctx, start, tickMs) };
  const created = await createWorkshop(wctx, { ...place, title: plan.title, templateId: plan.templateId, locale: 'da', anonymous: plan.anonymous, phase: plan.phase ?? null });
  if (!created.ok) throw new Error(`demo workshop: ${created.error}`);
  const { workshopId, joinCode } = created.value;
  // The row's own timestamp is the database's; the project page lists workshops by it.
  await ctx.db.update(workshops).set({ createdAt: new Date(start) }).where(eq(workshops.id, workshopId));
  const room = await ctx.rooms.get(workshopId);
  if (!room) throw new Error('demo workshop vanished');
  return new DemoSession(wctx, room, { id: workshopId, joinCode, heldAt: start, facilitatorUserId: place.createdBy, organisationId: place.organisationId, projectId: place.projectId }, story);
}

/** A workshop held some days ago: the people who join it, and what its review step (where it begins) decided. */
export interface DemoMeetingPlan extends DemoWorkshopPlan {
  readonly daysAgo: number;
  /** Hours after the morning (see morningOf) that it began. */
  readonly hoursIn: number;
  readonly participants: readonly DemoParticipant[];
  /** Its decisions about earlier workshops' actions; none in a project's first workshop. */
  readonly reviews: readonly DemoReview[];
}

/** Where a workshop is held, and which member runs it. */
export interface DemoMeetingPlace {
  readonly organisationId: string;
  readonly projectId: string;
  readonly facilitator: PersonKey;
}

/** Starts a meeting run by `place.facilitator`: everyone joins, then it goes through the review step. */
export async function startDemoMeeting(ctx: AppContext, place: DemoMeetingPlace, story: DemoStory, meeting: DemoMeetingPlan): Promise<DemoSession> {
  const { facilitator, ...where } = place;
  const heldAt = morningOf(ctx.now(), meeting.daysAgo) + meeting.hoursIn * 60 * MINUTE;
  const session = await startDemoWorkshop(ctx, { ...where, createdBy: person(story.people, facilitator) }, meeting, heldAt, MINUTE, story);
  await session.joinAll(meeting.participants, story.people);
  await session.review(meeting.reviews);
  return session;
}

export interface DemoProject extends Omit<NewProject, 'phase' | 'step'> {
  /** Where the project has been, and when (days ago); it stands now at the last one. */
  readonly history: ReadonlyArray<readonly [ProjectPhaseId, ProjectStepId, number]>;
}

/** Creates a project at the first step of its history and moves it, by the leader, through the rest. */
export async function insertDemoProject(ctx: AppContext, organisationId: string, leaderId: string, project: DemoProject): Promise<string> {
  const { history, ...fields } = project;
  const [first, ...moves] = history;
  if (!first) throw new Error('demo: no phase history');
  const projectId = await insertProject(ctx.db, organisationId, leaderId, { ...fields, phase: first[0], step: first[1] }, new Date(morningOf(ctx.now(), first[2]) + 2 * 60 * MINUTE));
  for (const [phase, step, daysAgo] of moves) {
    await moveProjectPhase(ctx.db, organisationId, projectId, phase, step, leaderId, new Date(morningOf(ctx.now(), daysAgo) + 3 * 60 * MINUTE));
  }
  return projectId;
}

/** A compass held from start to end: notes on every step, dots on the preconditions, actions. */
export interface DemoCompassPlan {
  readonly title: string;
  readonly daysAgo: number;
  readonly participants: readonly DemoParticipant[];
  readonly notes: readonly DemoNote[];
  /** Each participant's dots, by note key. */
  readonly votes: ReadonlyArray<readonly [string, readonly string[]]>;
  readonly actions: readonly DemoAction[];
}

/** The first workshop of a project, so its review step has nothing to go through. */
export async function seedFinishedCompass(ctx: AppContext, place: DemoMeetingPlace, story: DemoStory, plan: DemoCompassPlan): Promise<void> {
  const session = await startDemoMeeting(ctx, place, story, { ...plan, templateId: COMPASS_BEFORE.id, anonymous: false, hoursIn: 1, reviews: [] });
  await session.step('today', plan.notes);
  await session.step('expectations', plan.notes);
  await session.step('preconditions', plan.notes);
  await session.vote('preconditions', plan.votes);
  await session.step('actions');
  await session.addActions(plan.actions);
  await session.finish();
}
