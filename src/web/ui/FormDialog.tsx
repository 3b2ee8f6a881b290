import type { ReactNode } from 'react';
import { Button, Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';

interface FormDialogProps {
  readonly title: ReactNode;
  readonly onClose: () => void;
  readonly onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  readonly submitLabel: string;
  readonly submitDisabled?: boolean;
  /** The submit button deletes something for good: red, not the primary colour. */
  readonly danger?: boolean;
  /** A wider modal, for forms with rows of fields. */
  readonly wide?: boolean;
  readonly children: ReactNode;
}

/** An always-open, dismissable modal holding a form: a title, the fields, then Cancel and a primary submit button. */
export function FormDialog({ title, onClose, onSubmit, submitLabel, submitDisabled, danger, wide, children }: FormDialogProps) {
  const { t } = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className={wide ? 'modal modal-wide' : 'modal'}>
        <Dialog className="dialog">
          <Form onSubmit={onSubmit} className="form">
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            {children}
            <div className="dialog-buttons">
              <Button className="button" onPress={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} isDisabled={submitDisabled}>
                {submitLabel}
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
