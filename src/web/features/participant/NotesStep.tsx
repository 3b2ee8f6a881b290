import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import { newId } from '../../realtime/outbox.ts';
import { useT } from '../../i18n/useT.ts';
import { myNotesOfStep, othersNotesOfStep, type DisplayNote } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { Icon } from '../../ui/Icon.tsx';
import { NoteBoard } from '../../ui/NoteBoard.tsx';
import { AddNoteDialog } from './AddNoteDialog.tsx';
import { MyNotesList } from './MyNotesList.tsx';
import { EMPTY_DRAFT, type NoteDraft } from './noteDraft.ts';
import { VoteControls } from './VoteControls.tsx';
import { VotingStatus } from './VotingStatus.tsx';

interface NotesStepProps {
  readonly step: StepDefinition;
  readonly state: ClientState;
  readonly client: WorkshopClient;
  /** The draft and whether its form is open live with the page, so a step change keeps them. */
  readonly draft: NoteDraft;
  readonly onDraft: (draft: NoteDraft) => void;
  readonly formOpen: boolean;
  readonly onFormOpen: (open: boolean) => void;
}

/** A notes or brainstorm step on a phone: the big add button, my notes, everyone else's, voting. */
export function NotesStep({ step, state, client, draft, onDraft: setDraft, formOpen: open, onFormOpen: setOpen }: NotesStepProps) {
  const { t, tn } = useT();
  const [retryBlocked, setRetryBlocked] = useState(false);
  const workshop = state.board.workshop;
  if (!workshop) return null;
  const mine = myNotesOfStep(state, step.id);
  const others = othersNotesOfStep(state, step.id);
  const votingOpen = workshop.votingStepId === step.id;
  const hiddenCount = workshop.hiddenCounts[step.id] ?? 0;
  const groups = [...state.board.groups.values()];
  const writable = workshop.status === 'open';

  const handleSend = (sent: NoteDraft) => {
    if (sent.category === null || sent.kind === null) return;
    client.send({ type: 'note.add', noteId: newId(), stepId: step.id, category: sent.category, kind: sent.kind, text: sent.text.trim() });
    if (sent.fromRejected) client.dismissRejected(sent.fromRejected);
    // Keep the category and kind: people often write several notes on the same trait in a row.
    setDraft({ ...EMPTY_DRAFT, category: sent.category, kind: sent.kind, stepId: step.id });
    setRetryBlocked(false);
    setOpen(false);
  };

  const handleOpen = () => {
    if (draft.text.trim().length === 0) setDraft({ ...draft, stepId: step.id });
    setOpen(true);
  };

  const handleRetry = (note: DisplayNote) => {
    // A half-written note that did not come from this refusal is never overwritten. Rather than
    // a second dialog asking, the draft is kept and a polite status line says why nothing opened
    // and what to do; focus stays on the button, and the refused note waits where it is.
    const pending = draft.text.trim();
    if (pending.length > 0 && draft.fromRejected !== note.commandId && pending !== note.text.trim()) {
      setRetryBlocked(true);
      return;
    }
    setRetryBlocked(false);
    setDraft({ category: note.category, kind: note.kind, text: note.text, stepId: note.stepId, fromRejected: note.commandId });
    setOpen(true);
  };

  return (
    <div className="notes-step">
      {writable ? (
        <Button className="button button-primary button-huge" onPress={handleOpen} data-testid="add-note">
          <Icon name="plus" size={24} /> {draft.text ? t('participant.continueNote') : t('participant.addNote')}
        </Button>
      ) : null}
      <AddNoteDialog step={step} options={workshop.options} draft={draft} onDraft={setDraft} isOpen={open} onOpenChange={setOpen} onSend={handleSend} />

      {workshop.settings.privateWriting ? <p className="callout">{t('participant.privateWriting')}</p> : null}
      {votingOpen ? <VotingStatus state={state} /> : null}

      <section aria-labelledby="my-notes-heading">
        <h2 id="my-notes-heading">{t('participant.myNotes')}</h2>
        <div role="status">{retryBlocked ? <p className="callout">{t('myNotes.retryKeepsDraft', { button: t('participant.continueNote') })}</p> : null}</div>
        {mine.length === 0 ? (
          <p className="muted">{t('participant.noNotesYet')}</p>
        ) : (
          <MyNotesList step={step} notes={mine} state={state} client={client} votingOpen={votingOpen} onRetry={handleRetry} />
        )}
      </section>

      <section aria-labelledby="others-heading">
        <h2 id="others-heading">{t('participant.othersNotes')}</h2>
        {hiddenCount > 0 ? <p className="muted">{tn('participant.hiddenCount', hiddenCount)}</p> : null}
        {others.length === 0 ? (
          <p className="muted">{t('participant.noOthersYet')}</p>
        ) : (
          <NoteBoard
            step={step}
            options={workshop.options}
            notes={others}
            groups={groups}
            showVotes={votingOpen || others.some((n) => n.votes > 0)}
            sortByVotes={votingOpen}
            headingLevel={3}
            hideEmpty
            renderActions={votingOpen ? (note) => <VoteControls note={note} state={state} client={client} /> : undefined}
          />
        )}
      </section>
    </div>
  );
}
