import { eq } from 'drizzle-orm';
import type { NoteKindId } from '../domain/noteKinds.ts';
import type { ProjectPhaseId, ProjectStepId } from '../domain/projectPhases.ts';
import type { TraitId } from '../domain/rasmus.ts';
import { entryDataToWire } from '../domain/registers.ts';
import type { EntryData, RegisterId } from '../domain/registerTypes.ts';
import { COMPASS_BEFORE } from '../domain/templates/compassBefore.ts';
import type { WorkshopCommand } from '../domain/workshopCommands.ts';
import type { ActionScope, ActionStatus, UpwardTarget } from '../domain/workshopState.ts';
import type { AppContext } from './appContext.ts';
import { workshops } from './db/schema.ts';
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
  readonly what: string;
  readonly who: string;
  /** Days from the workshop (negative: before it); null for no date. */
  readonly dueInDays: number | null;
  readonly noteKeys: readonly string[];
  readonly traitId: TraitId | null;
  /** Where the action stands now, followed up after the workshop. */
  readonly status: ActionStatus;
  readonly scope?: ActionScope;
  readonly upwardTo?: UpwardTarget;
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
  readonly #participants = new Map<string, string>();
  readonly #notes = new Map<string, string>();
  readonly #actions: Array<{ id: string; status: ActionStatus }> = [];

  constructor(wctx: WorkshopContext, room: WorkshopRoom, workshop: { id: string; joinCode: string; heldAt: number; facilitatorUserId: string | null }) {
    this.#wctx = wctx;
    this.#room = room;
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

  /** The facilitator writes the actions down; their status is followed up after the workshop (see finish). */
  async addActions(actions: readonly DemoAction[]): Promise<void> {
    for (const action of actions) {
      const actionId = newId();
      this.#actions.push({ id: actionId, status: action.status });
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
): Promise<DemoSession> {
  const wctx: WorkshopContext = { db: ctx.db, rooms: ctx.rooms, now: demoClock(ctx, start, tickMs) };
  const created = await createWorkshop(wctx, { ...place, title: plan.title, templateId: plan.templateId, locale: 'da', anonymous: plan.anonymous, phase: plan.phase ?? null });
  if (!created.ok) throw new Error(`demo workshop: ${created.error}`);
  const { workshopId, joinCode } = created.value;
  // The row's own timestamp is the database's; the project page lists workshops by it.
  await ctx.db.update(workshops).set({ createdAt: new Date(start) }).where(eq(workshops.id, workshopId));
  const room = await ctx.rooms.get(workshopId);
  if (!room) throw new Error('demo workshop vanished');
  return new DemoSession(wctx, room, { id: workshopId, joinCode, heldAt: start, facilitatorUserId: place.createdBy });
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

export async function seedFinishedCompass(
  ctx: AppContext,
  place: { organisationId: string; projectId: string; createdBy: string },
  people: DemoPeople,
  plan: DemoCompassPlan,
): Promise<void> {
  const heldAt = morningOf(ctx.now(), plan.daysAgo) + 60 * MINUTE;
  const session = await startDemoWorkshop(ctx, place, { title: plan.title, templateId: COMPASS_BEFORE.id, anonymous: false }, heldAt, MINUTE);
  await session.joinAll(plan.participants, people);
  await session.step('today', plan.notes);
  await session.step('expectations', plan.notes);
  await session.step('preconditions', plan.notes);
  await session.vote('preconditions', plan.votes);
  await session.step('actions');
  await session.addActions(plan.actions);
  await session.finish();
}
