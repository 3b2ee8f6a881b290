import type { ClientState } from '../../realtime/clientState.ts';

/** Dots this participant can still give, counting votes still waiting in the outbox. */
export function votesLeft(state: ClientState): number {
  const { workshop, me } = state.board;
  if (!workshop || !me) return 0;
  const pending = state.outbox.reduce(
    (sum, e) => sum + (e.command.type === 'vote.cast' ? 1 : e.command.type === 'vote.retract' ? -1 : 0),
    0,
  );
  return Math.max(0, workshop.settings.voteBudget - me.votesUsed - pending);
}

/** Dots this participant put on a note (named workshops only), including waiting ones. */
export function myVotesOn(state: ClientState, noteId: string): number {
  const pending = state.outbox.reduce((sum, e) => {
    if (!('noteId' in e.command) || e.command.noteId !== noteId) return sum;
    return sum + (e.command.type === 'vote.cast' ? 1 : e.command.type === 'vote.retract' ? -1 : 0);
  }, 0);
  return Math.max(0, (state.board.me?.myVotes[noteId] ?? 0) + pending);
}
