import { Button } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import { useT } from '../../i18n/useT.ts';
import { findCategory, type DisplayNote } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { NoteCard } from '../../ui/NoteCard.tsx';
import { VoteControls } from './VoteControls.tsx';

interface MyNotesListProps {
  readonly step: StepDefinition;
  readonly notes: readonly DisplayNote[];
  readonly state: ClientState;
  readonly client: WorkshopClient;
  readonly votingOpen: boolean;
  /** Puts a refused note back in the form. */
  readonly onRetry: (note: DisplayNote) => void;
}

/** The notes this device wrote in the step: sent, hidden, waiting or refused. */
export function MyNotesList({ step, notes, state, client, votingOpen, onRetry }: MyNotesListProps) {
  const { t, l, error } = useT();
  const anonymous = state.board.workshop?.settings.anonymous ?? true;
  const rejectedCode = (commandId: string | null) => state.rejected.find((r) => r.commandId === commandId)?.code ?? null;
  return (
    <ul className="note-list">
      {notes.map((note) => {
        const category = findCategory(note.category);
        const code = note.status === 'rejected' ? rejectedCode(note.commandId) : null;
        const stored = note.status === null || note.status === 'hidden';
        const boardNote = state.board.notes.get(note.id);
        return (
          <li key={note.id}>
            <NoteCard note={note} status={note.status} categoryLabel={category ? l(category.label) : null} showVotes={step.voting && note.status === null} mine>
              {code ? <p className="note-error">{error(code)}</p> : null}
              {note.status === 'rejected' && note.commandId ? (
                <>
                  <Button className="button button-small button-primary" onPress={() => onRetry(note)}>
                    {t('myNotes.retry')}
                  </Button>
                  <Button className="button button-small" onPress={() => client.dismissRejected(note.commandId ?? '')}>
                    {t('myNotes.discard')}
                  </Button>
                </>
              ) : null}
              {votingOpen && boardNote && !boardNote.hidden ? <VoteControls note={boardNote} state={state} client={client} /> : null}
              {stored && !anonymous ? (
                <Button className="button button-small" onPress={() => client.send({ type: 'note.delete', noteId: note.id })}>
                  {t('myNotes.delete')}
                </Button>
              ) : null}
            </NoteCard>
          </li>
        );
      })}
    </ul>
  );
}
