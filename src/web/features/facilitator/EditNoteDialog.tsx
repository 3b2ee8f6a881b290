import { useState } from 'react';
import type { NoteKindId } from '../../../domain/noteKinds.ts';
import type { StepDefinition } from '../../../domain/template.ts';
import type { WorkshopOptions } from '../../../domain/workshopOptions.ts';
import type { NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { categoriesOfStep } from '../../realtime/boardSelectors.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { NoteFields, noteIsComplete } from '../../ui/NoteFields.tsx';
import { categoryQuestionKey } from '../workshopSteps/categoryQuestion.ts';

interface EditNoteDialogProps {
  readonly note: NoteView;
  readonly step: StepDefinition;
  readonly options?: WorkshopOptions;
  readonly client: WorkshopClient;
  readonly onClose: () => void;
}

/** The facilitator corrects a note: its text, category or kind. */
export function EditNoteDialog({ note, step, options, client, onClose }: EditNoteDialogProps) {
  const { t } = useT();
  const [category, setCategory] = useState<string | null>(note.category);
  const [kind, setKind] = useState<NoteKindId | null>(note.kind);
  const [text, setText] = useState(note.text);
  const [showErrors, setShowErrors] = useState(false);

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!noteIsComplete(category, kind, text) || category === null || kind === null) {
      setShowErrors(true);
      return;
    }
    client.send({ type: 'note.edit', noteId: note.id, text: text.trim(), category, kind });
    onClose();
  };

  return (
    <FormDialog title={t('editNote.title')} onClose={onClose} onSubmit={handleSubmit} submitLabel={t('common.save')}>
      <NoteFields
        categories={categoriesOfStep(step, options)}
        kinds={step.noteKinds}
        category={category}
        kind={kind}
        text={text}
        onCategory={setCategory}
        onKind={setKind}
        onText={setText}
        categoryLabel={t(categoryQuestionKey(step.categorySet))}
        showErrors={showErrors}
      />
    </FormDialog>
  );
}
