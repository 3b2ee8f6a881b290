import { useState } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import { useT } from '../../i18n/useT.ts';
import { categoriesOfStep } from '../../realtime/boardSelectors.ts';
import { Icon } from '../../ui/Icon.tsx';
import { NoteFields, noteIsComplete } from '../../ui/NoteFields.tsx';
import type { NoteDraft } from './noteDraft.ts';

interface AddNoteDialogProps {
  readonly step: StepDefinition;
  readonly draft: NoteDraft;
  readonly onDraft: (draft: NoteDraft) => void;
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** Sends the draft; the dialog closes and the note shows at once, marked while it travels. */
  readonly onSend: (draft: NoteDraft) => void;
}

/** The note form in a dialog: category, kind, text. The draft lives with the page. */
export function AddNoteDialog({ step, draft, onDraft, isOpen, onOpenChange, onSend }: AddNoteDialogProps) {
  const { t } = useT();
  const [showErrors, setShowErrors] = useState(false);
  const categories = categoriesOfStep(step);
  const onlyKind = step.noteKinds.length === 1 ? (step.noteKinds[0] ?? null) : null;
  const kind = draft.kind ?? onlyKind;

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!noteIsComplete(draft.category, kind, draft.text)) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    onSend({ ...draft, kind });
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal modal-sheet">
        <Dialog className="dialog">
          {({ close }) => (
            <Form onSubmit={handleSubmit} className="form">
              <Heading slot="title" className="dialog-title">
                {t('noteForm.title')}
              </Heading>
              <NoteFields
                categories={categories}
                kinds={step.noteKinds}
                category={draft.category}
                kind={kind}
                text={draft.text}
                onCategory={(category) => onDraft({ ...draft, category })}
                onKind={(k) => onDraft({ ...draft, kind: k })}
                onText={(text) => onDraft({ ...draft, text })}
                categoryLabel={step.categorySet === 'timing' ? t('noteForm.timing') : t('noteForm.trait')}
                showErrors={showErrors}
              />
              <div className="dialog-buttons">
                <Button className="button" onPress={close}>
                  {t('noteForm.later')}
                </Button>
                <Button type="submit" className="button button-primary" data-testid="send-note">
                  <Icon name="send" size={18} /> {t('noteForm.send')}
                </Button>
              </div>
            </Form>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
