import { Button } from 'react-aria-components';
import type { NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { Icon } from '../../ui/Icon.tsx';
import { myVotesOn, votesLeft } from './voting.ts';

/** Give a dot to a note, or take one back (named workshops only: anonymous votes are final). */
export function VoteControls({ note, state, client }: { note: NoteView; state: ClientState; client: WorkshopClient }) {
  const { t, tn } = useT();
  const left = votesLeft(state);
  const mine = myVotesOn(state, note.id);
  const anonymous = state.board.workshop?.settings.anonymous ?? true;
  return (
    <>
      <Button
        className="button button-small button-vote"
        isDisabled={left === 0}
        onPress={() => client.send({ type: 'vote.cast', noteId: note.id })}
        aria-label={t('vote.giveOn', { text: note.text.slice(0, 60) })}
      >
        <Icon name="dot" size={14} /> {t('vote.give')}
      </Button>
      {mine > 0 ? <span className="my-votes">{tn('vote.mine', mine)}</span> : null}
      {!anonymous && mine > 0 ? (
        <Button
          className="button button-small"
          onPress={() => client.send({ type: 'vote.retract', noteId: note.id })}
          aria-label={t('vote.retractOn', { text: note.text.slice(0, 60) })}
        >
          {t('vote.retract')}
        </Button>
      ) : null}
    </>
  );
}
