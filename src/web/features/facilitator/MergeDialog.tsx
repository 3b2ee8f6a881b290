import { useState } from 'react';
import { NOTE_MAX_LENGTH } from '../../../domain/workshopState.ts';
import type { NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { TextInputField } from '../../ui/TextInputField.tsx';

interface MergeDialogProps {
  /** The selected notes, oldest first; the oldest keeps its place, the others fold into it. */
  readonly notes: readonly NoteView[];
  readonly client: WorkshopClient;
  readonly onDone: () => void;
  readonly onClose: () => void;
}

/** Merges notes that say the same thing into one, adding up their votes. */
export function MergeDialog({ notes, client, onDone, onClose }: MergeDialogProps) {
  const { t, tn, n } = useT();
  const [text, setText] = useState(() => notes.map((note) => note.text).join(' / '));
  const [target, ...sources] = notes;
  const length = text.trim().length;
  const invalid = length === 0 || length > NOTE_MAX_LENGTH;

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!target || sources.length === 0 || invalid) return;
    client.send({ type: 'notes.merge', targetId: target.id, sourceIds: sources.map((s) => s.id), text: text.trim() });
    onDone();
  };

  return (
    <FormDialog title={tn('merge.title', notes.length)} onClose={onClose} onSubmit={handleSubmit} submitLabel={t('merge.confirm')} submitDisabled={invalid}>
      <p>{t('merge.body')}</p>
      <TextInputField
        label={t('merge.text')}
        value={text}
        onChange={setText}
        multiline
        autoFocus
        error={length > NOTE_MAX_LENGTH ? t('noteForm.tooLong', { max: NOTE_MAX_LENGTH }) : length === 0 ? t('noteForm.empty') : null}
        description={t('noteForm.counter', { used: n(length), max: n(NOTE_MAX_LENGTH) })}
      />
    </FormDialog>
  );
}
