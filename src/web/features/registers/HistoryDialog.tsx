import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useT } from '../../i18n/useT.ts';
import type { Load } from '../projects/useProject.ts';
import { LoadFailure } from './LoadFailure.tsx';

interface HistoryDialogProps<T> {
  readonly title: string;
  readonly loadingText: string;
  readonly load: Load<T>;
  readonly onRetry: () => void;
  readonly onClose: () => void;
  /** The history, once loaded. */
  readonly children: (value: T) => ReactNode;
}

/** The dialog a history is read in (a register row's, an action's): loading, failure or the versions, and a close button. */
export function HistoryDialog<T>({ title, loadingText, load, onRetry, onClose, children }: HistoryDialogProps<T>) {
  const { t } = useT();
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {load.status === 'loading' ? <p role="status">{loadingText}</p> : null}
          {load.status === 'failed' ? <LoadFailure failure={load.error} onRetry={onRetry} /> : null}
          {load.status === 'ready' ? children(load.value) : null}
          <div className="dialog-buttons">
            <Button className="button" onPress={onClose} autoFocus>
              {t('registers.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
