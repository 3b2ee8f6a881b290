import { useState } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { StepDefinition } from '../../../domain/template.ts';
import type { WorkshopOptions } from '../../../domain/workshopOptions.ts';
import { useT } from '../../i18n/useT.ts';
import { categoriesOfStep } from '../../realtime/boardSelectors.ts';
import { Icon } from '../../ui/Icon.tsx';
import { NoteFields, noteIsComplete } from '../../ui/NoteFields.tsx';
import { categoryQuestionKey, hasLongLabels } from '../workshopSteps/categoryQuestion.ts';
import type { NoteDraft } from './noteDraft.ts';

interface AddNoteDialogProps {
  readonly step: StepDefinition;
  readonly options: WorkshopOptions;
  readonly draft: NoteDraft;
  readonly onDraft: (draft: NoteDraft) => void;
  readonly isOpen: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** Sends the draft; the dialog closes and the note shows at once, marked while it travels. */
  readonly onSend: (draft: NoteDraft) => void;
}

/** The note form in a dialog: category, kind, text. The draft lives with the page. */
export function AddNoteDialog({ step, options, draft, onDraft, isOpen, onOpenChange, onSend }: AddNoteDialogProps) {
  const { t, l } = useT();
  const [showErrors, setShowErrors] = useState(false);
  const categories = categoriesOfStep(step, options);
  // Questions as categories are sentences: on a phone they read best one per line.
  const longLabels = hasLongLabels(categories.map((c) => l(c.label)));
  // After the facilitator moves on, a choice that does not exist in the new step is dropped.
  const category = categories.some((c) => c.id === draft.category) ? draft.category : null;
  const onlyKind = step.noteKinds.length === 1 ? (step.noteKinds[0] ?? null) : null;
  const kind = draft.kind && step.noteKinds.includes(draft.kind) ? draft.kind : onlyKind;
  const moved = draft.stepId !== null && draft.stepId !== step.id && draft.text.trim().length > 0;
  const update = (change: Partial<NoteDraft>) => onDraft({ ...draft, category, kind, ...change, stepId: step.id });

  const handleSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!noteIsComplete(category, kind, draft.text)) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    onSend({ ...draft, category, kind, stepId: step.id });
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
              {moved ? <p className="callout">{t('noteForm.stepMoved', { step: l(step.title) })}</p> : null}
              <div className={longLabels ? 'note-fields-long' : 'note-fields'}>
                <NoteFields
                  categories={categories}
                  kinds={step.noteKinds}
                  category={category}
                  kind={kind}
                  text={draft.text}
                  onCategory={(c) => update({ category: c })}
                  onKind={(k) => update({ kind: k })}
                  onText={(text) => update({ text })}
                  categoryLabel={t(categoryQuestionKey(step.categorySet))}
                  showErrors={showErrors}
                />
              </div>
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
