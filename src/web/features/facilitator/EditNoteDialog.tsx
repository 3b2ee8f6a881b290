import { useState } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { NoteKindId } from '../../../domain/noteKinds.ts';
import type { StepDefinition } from '../../../domain/template.ts';
import type { NoteView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import { categoriesOfStep } from '../../realtime/boardSelectors.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { NoteFields, noteIsComplete } from '../../ui/NoteFields.tsx';

interface EditNoteDialogProps {
  readonly note: NoteView;
  readonly step: StepDefinition;
  readonly client: WorkshopClient;
  readonly onClose: () => void;
}

/** The facilitator corrects a note: its text, category or kind. */
export function EditNoteDialog({ note, step, client, onClose }: EditNoteDialogProps) {
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
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Form onSubmit={handleSubmit} className="form">
            <Heading slot="title" className="dialog-title">
              {t('editNote.title')}
            </Heading>
            <NoteFields
              categories={categoriesOfStep(step)}
              kinds={step.noteKinds}
              category={category}
              kind={kind}
              text={text}
              onCategory={setCategory}
              onKind={setKind}
              onText={setText}
              categoryLabel={step.categorySet === 'timing' ? t('noteForm.timing') : t('noteForm.trait')}
              showErrors={showErrors}
            />
            <div className="dialog-buttons">
              <Button className="button" onPress={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" className="button button-primary">
                {t('common.save')}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
