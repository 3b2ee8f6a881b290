import { useRef, useState } from 'react';
import { Button, Checkbox, Toolbar } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import type { NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { notesOfStep } from '../../realtime/boardSelectors.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { NoteBoard } from '../../ui/NoteBoard.tsx';
import { EditNoteDialog } from './EditNoteDialog.tsx';
import { GroupDialog } from './GroupDialog.tsx';
import { GroupsManager } from './GroupsManager.tsx';
import { MergeDialog } from './MergeDialog.tsx';

type OpenDialog = { kind: 'edit'; note: NoteView } | { kind: 'merge' } | { kind: 'group' } | null;

/** The step's notes with the facilitator's tools: select, edit, delete, merge, group. */
export function FacilitatorNotes({ step, state, client }: { step: StepDefinition; state: ClientState; client: WorkshopClient }) {
  const { t, tn } = useT();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const workshop = state.board.workshop;
  const notes = notesOfStep(state.board.notes, step.id).filter((n) => !n.hidden);
  const groups = [...state.board.groups.values()].filter((g) => g.stepId === step.id);
  const chosen = notes.filter((n) => selected.has(n.id));
  const hidden = workshop?.hiddenCounts[step.id] ?? 0;

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const clear = () => setSelected(new Set());
  // After merging, grouping or deleting, the button that started it is disabled or gone, so
  // focus would fall to the page; it goes to the panel's heading instead, once the dialog has
  // closed (React Aria only restores focus to the trigger when nothing else has it by then).
  const focusHeading = () => requestAnimationFrame(() => heading.current?.focus());
  const done = () => {
    setDialog(null);
    clear();
    focusHeading();
  };

  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="panel-title" ref={heading} tabIndex={-1}>
        {tn('facilitator.notesTitle', notes.length)}
      </h2>
      {hidden > 0 ? (
        <p className="callout">
          <Icon name="hidden" size={18} /> {tn('board.hiddenCount', hidden)}
        </p>
      ) : null}
      <Toolbar className="toolbar" aria-label={t('facilitator.noteTools')}>
        <span className="toolbar-count" aria-live="polite">
          {tn('facilitator.selected', chosen.length)}
        </span>
        <Button className="button button-small" isDisabled={chosen.length < 2} onPress={() => setDialog({ kind: 'merge' })} data-testid="merge-notes">
          {t('facilitator.merge')}
        </Button>
        <Button className="button button-small" isDisabled={chosen.length === 0} onPress={() => setDialog({ kind: 'group' })} data-testid="group-notes">
          {t('facilitator.group')}
        </Button>
        <Button
          className="button button-small"
          isDisabled={!chosen.some((n) => n.groupId !== null)}
          onPress={() => {
            client.send({ type: 'notes.group', noteIds: chosen.map((n) => n.id), groupId: null });
            clear();
            focusHeading();
          }}
        >
          {t('facilitator.ungroup')}
        </Button>
        <Button
          className="button button-small"
          isDisabled={chosen.length === 0}
          onPress={() => {
            clear();
            focusHeading();
          }}
        >
          {t('facilitator.clearSelection')}
        </Button>
      </Toolbar>
      {notes.length === 0 ? <p className="muted">{t('facilitator.noNotes')}</p> : null}
      <NoteBoard
        step={step}
        options={workshop?.options}
        notes={notes}
        groups={groups}
        showVotes={step.voting}
        sortByVotes={step.voting && notes.some((n) => n.votes > 0)}
        headingLevel={3}
        isSelected={(id) => selected.has(id)}
        renderActions={(note) => (
          <>
            <Checkbox className="checkbox checkbox-small" isSelected={selected.has(note.id)} onChange={(on) => toggle(note.id, on)} aria-label={t('facilitator.selectNote', { text: note.text.slice(0, 60) })}>
              <span className="checkbox-box" aria-hidden="true">
                <Icon name="check" size={14} />
              </span>
              <span aria-hidden="true">{t('facilitator.select')}</span>
            </Checkbox>
            <Button className="icon-button" aria-label={t('facilitator.editNote', { text: note.text.slice(0, 60) })} onPress={() => setDialog({ kind: 'edit', note })}>
              <Icon name="edit" size={18} />
            </Button>
            <ConfirmDialog
              trigger={
                <Button className="icon-button" aria-label={t('facilitator.deleteNote', { text: note.text.slice(0, 60) })}>
                  <Icon name="trash" size={18} />
                </Button>
              }
              title={t('facilitator.deleteConfirmTitle')}
              body={<p className="quote">{note.text}</p>}
              confirmLabel={t('common.delete')}
              onConfirm={() => {
                client.send({ type: 'note.delete', noteId: note.id });
                toggle(note.id, false);
                focusHeading();
              }}
              danger
            />
          </>
        )}
      />
      {groups.length > 0 ? <GroupsManager groups={groups} client={client} /> : null}
      {dialog?.kind === 'edit' ? <EditNoteDialog note={dialog.note} step={step} options={workshop?.options} client={client} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'merge' ? (
        <MergeDialog notes={chosen} client={client} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'group' ? (
        <GroupDialog stepId={step.id} noteIds={chosen.map((n) => n.id)} groups={groups} client={client} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
    </section>
  );
}
