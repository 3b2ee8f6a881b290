import { Button } from 'react-aria-components';
import type { EntryView } from '../../../protocol/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';

interface RowControlsProps {
  readonly entry: EntryView;
  /** The row's name, so each button says which row it acts on. */
  readonly title: string;
  readonly canEdit: boolean;
  readonly onEdit: () => void;
  readonly onHistory: () => void;
  readonly onDelete: () => void;
}

/**
 * A row's buttons: change it, read its history, delete it. Fixed rows have no delete (the
 * register explains why once, above its rows); a row never saved has no history yet.
 */
export function RowControls({ entry, title, canEdit, onEdit, onHistory, onDelete }: RowControlsProps) {
  const { t } = useT();
  return (
    <div className="entry-controls">
      {canEdit ? (
        <Button className="button button-small" onPress={onEdit} aria-label={t('registers.editOne', { row: title })}>
          <Icon name="edit" size={16} /> {t('registers.edit')}
        </Button>
      ) : null}
      {entry.version > 0 ? (
        <Button className="button button-small" onPress={onHistory} aria-label={t('registers.historyOne', { row: title })}>
          <Icon name="clock" size={16} /> {t('registers.history')}
        </Button>
      ) : null}
      {canEdit && !entry.fixed ? (
        <ConfirmDialog
          trigger={
            <Button className="button button-small" aria-label={t('registers.deleteOne', { row: title })}>
              <Icon name="trash" size={16} /> {t('common.delete')}
            </Button>
          }
          title={t('registers.deleteTitle')}
          body={<p>{t('registers.deleteBody', { row: title })}</p>}
          confirmLabel={t('common.delete')}
          onConfirm={onDelete}
          danger
        />
      ) : null}
    </div>
  );
}
