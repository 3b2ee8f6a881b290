import { useT } from '../../i18n/useT.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { votesLeft } from './voting.ts';

/** While voting is open in the step on screen: how many dots are left, said as it changes. */
export function VotingStatus({ state }: { state: ClientState }) {
  const { t, tn } = useT();
  return (
    <p className="callout callout-vote" role="status">
      {tn('participant.votesLeft', votesLeft(state))}
      {state.board.workshop?.settings.anonymous ? ` ${t('participant.votesFinal')}` : ''}
    </p>
  );
}
