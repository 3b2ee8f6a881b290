import { createHash } from 'node:crypto';
import type { Actor } from '../../../domain/actor.ts';
import { decide } from '../../../domain/decide.ts';
import { evolve } from '../../../domain/evolve.ts';
import type { WorkshopCommand } from '../../../domain/workshopCommands.ts';
import type { WorkshopEvent } from '../../../domain/workshopEvents.ts';
import type { ErrorCode } from '../../../protocol/errorCodes.ts';
import type { NoteView } from '../../../protocol/views.ts';
import type { Tx } from '../../db/database.ts';
import { presentNote } from './presentWorkshop.ts';
import { lockAndCatchUp, publishCommitted } from './roomTransaction.ts';
import type { Viewer } from './viewer.ts';
import type { WorkshopContext } from './workshopContext.ts';
import type { WorkshopRoom } from './workshopRoom.ts';
import { changesActions, loadedReviewEvent, reviewEnteredBy, writeActionsThrough } from './workshopActions.ts';
import { loadedEntriesEvents, registerEnteredBy, writeThrough } from './workshopRegisters.ts';
import {
  addVotesUsed,
  appendEvents,
  findCommandResult,
  findParticipantById,
  findWorkshopById,
  markContributed,
  saveCommandResult,
} from './workshopStore.ts';

/** The answer to a command, stored with it so a retry gets the very same answer (rule R10). */
export type CommandOutcome =
  | { readonly kind: 'ack'; readonly seq: number; readonly note: NoteView | null }
  | { readonly kind: 'rejected'; readonly code: ErrorCode };

export interface CommandResult {
  readonly outcome: CommandOutcome;
  /** Participants whose spent votes this command changed, with their count in the voting step. */
  readonly votesUsed: ReadonlyMap<string, number>;
}

/**
 * The idempotency key: who sent it and the id they gave it, hashed so the stored row does not
 * name the sender (an anonymous note's ack must not point back to its author).
 */
function idempotencyKey(viewer: Viewer, commandId: string): string {
  const who = viewer.role === 'participant' ? `p:${viewer.participantId}` : 'f';
  return createHash('sha256').update(`${viewer.workshopId}\n${who}\n${commandId}`).digest('hex');
}

async function actorFor(tx: Tx, room: WorkshopRoom, viewer: Viewer, command: WorkshopCommand): Promise<Actor | null> {
  if (viewer.role === 'facilitator') return { kind: 'facilitator' };
  if (viewer.role === 'projector') return null;
  let votesUsed = 0;
  const votingStep = room.state.votingStepId;
  if ((command.type === 'vote.cast' || command.type === 'vote.retract') && votingStep !== null) {
    const row = await findParticipantById(tx, viewer.participantId);
    votesUsed = row?.votesUsed[votingStep] ?? 0;
  }
  return { kind: 'participant', participantId: viewer.participantId, votesUsed };
}

/**
 * Runs one command: decide under the workshop's lock, record the events and the answer in one
 * transaction, and only after commit apply, broadcast and answer (rules R9–R12).
 */
export async function runCommand(
  ctx: WorkshopContext,
  room: WorkshopRoom,
  viewer: Viewer,
  commandId: string,
  command: WorkshopCommand,
): Promise<CommandResult> {
  const key = idempotencyKey(viewer, commandId);
  const workshopId = viewer.workshopId;
  return room.serialize(async () => {
    const { outcome, events, votesUsed } = await ctx.db.transaction(async (tx) => {
      // Under the lock, so a retry that reaches another instance while the first attempt is
      // committing waits for it and then finds its answer.
      const lastSeq = await lockAndCatchUp(tx, room, workshopId);
      const prior = (await findCommandResult(tx, key)) as CommandOutcome | null;
      if (prior) return { outcome: prior, events: [] as WorkshopEvent[], votesUsed: new Map<string, number>() };
      const actor = await actorFor(tx, room, viewer, command);
      const now = ctx.now();
      const decision = actor ? decide(room.state, room.template, actor, command, now) : null;
      if (!decision || !decision.ok) {
        const rejected: CommandOutcome = { kind: 'rejected', code: decision ? decision.error : 'not_allowed' };
        await saveCommandResult(tx, key, workshopId, rejected);
        return { outcome: rejected, events: [] as WorkshopEvent[], votesUsed: new Map<string, number>() };
      }
      const toStore = [...decision.value.events];
      const entering = registerEnteredBy(room.template, command);
      const reviewing = reviewEnteredBy(room.template, command);
      const changesRegisters = toStore.some((e) => e.type === 'entry.saved' || e.type === 'entry.removed');
      const changesPlan = changesActions(toStore);
      const needsProject = entering !== null || reviewing || changesRegisters || changesPlan;
      const scope = needsProject ? await findWorkshopById(tx, workshopId) : null;
      if (entering && scope) toStore.push(...(await loadedEntriesEvents(tx, scope, [entering], room.state.entries)));
      if (reviewing && scope) toStore.push(await loadedReviewEvent(tx, scope, workshopId));
      const stored = await appendEvents(tx, workshopId, lastSeq, toStore, now);
      const userId = viewer.role === 'facilitator' ? (viewer.userId ?? null) : null;
      if (scope && changesRegisters) await writeThrough(tx, scope, workshopId, userId, stored, room.state.entries);
      if (scope && changesPlan) await writeActionsThrough(tx, scope, workshopId, userId, stored, room.state);
      if (command.type === 'note.add' && viewer.role === 'participant') {
        // Counted per step, never per note, so contributors can be counted without naming authors.
        await markContributed(tx, viewer.participantId, command.stepId);
      }
      const spent = new Map<string, number>();
      const votingStep = room.state.votingStepId;
      if (decision.value.votesUsedDelta !== 0 && viewer.role === 'participant' && votingStep) {
        spent.set(viewer.participantId, await addVotesUsed(tx, viewer.participantId, votingStep, decision.value.votesUsedDelta));
      }
      for (const refund of decision.value.voteRefunds) {
        const left = await addVotesUsed(tx, refund.participantId, refund.stepId, -refund.count);
        const row = refund.stepId === votingStep ? null : await findParticipantById(tx, refund.participantId);
        spent.set(refund.participantId, refund.stepId === votingStep ? left : (row?.votesUsed[votingStep ?? ''] ?? 0));
      }
      const after = stored.reduce(evolve, room.state);
      const added = command.type === 'note.add' ? after.notes.get(command.noteId) : undefined;
      const ack: CommandOutcome = {
        kind: 'ack',
        seq: after.seq,
        note: added ? presentNote(added, after) : null,
      };
      await saveCommandResult(tx, key, workshopId, ack);
      return { outcome: ack, events: stored, votesUsed: spent };
    });
    publishCommitted(ctx, room, workshopId, events);
    return { outcome, votesUsed };
  });
}
