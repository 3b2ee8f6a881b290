import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../i18n/useT.ts';

interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  readonly trigger: ReactNode;
  readonly title: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly danger?: boolean;
}

/** Asks before something that cannot be undone; Cancel has the focus first. */
export function ConfirmDialog({ trigger, title, body, confirmLabel, onConfirm, danger }: ConfirmDialogProps) {
  const { t } = useT();
  return (
    <DialogTrigger>
      {trigger}
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog-title">
                  {title}
                </Heading>
                <div className="dialog-body">{body}</div>
                <div className="dialog-buttons">
                  <Button className="button" autoFocus onPress={close}>
                    {t('common.cancel')}
                  </Button>
                  <Button
                    className={danger ? 'button button-danger' : 'button button-primary'}
                    onPress={() => {
                      onConfirm();
                      close();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
