import { useState } from 'react';
import type { EntryData, RegisterDefinition } from '../../../domain/registerTypes.ts';
import type { EntryView } from '../../../protocol/registers.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { registersApi } from '../../api/registersApi.ts';
import { useT } from '../../i18n/useT.ts';
import { EntryDialog } from './EntryDialog.tsx';
import { EntryHistoryDialog } from './EntryHistoryDialog.tsx';
import type { RegistersScope } from './registersScope.ts';
import { RowControls } from './RowControls.tsx';

/** The dialog open over a register, if any. */
export type RowDialog =
  | { readonly kind: 'add'; readonly definition: RegisterDefinition; readonly position: number; readonly initial?: EntryData }
  | { readonly kind: 'edit' | 'history'; readonly definition: RegisterDefinition; readonly entry: EntryView };

/**
 * Adding, changing, deleting and reading the history of rows, for one part of the page: which
 * dialog is open, what was just done (for a status line) and why a deletion failed. After a
 * deletion the row's buttons are gone, so focus goes to `focusAfterDelete` rather than the page.
 */
export function useRowEditing(scope: RegistersScope, focusAfterDelete: () => void) {
  const { t } = useT();
  const [dialog, setDialog] = useState<RowDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const open = (next: RowDialog) => {
    setNotice(null);
    setFailure(null);
    setDialog(next);
  };

  const remove = async (definition: RegisterDefinition, entry: EntryView) => {
    setNotice(null);
    setFailure(null);
    const title = scope.rowTitle(definition, entry) ?? t('registers.untitled');
    const result = await registersApi.remove(scope.organisationId, scope.projectId, definition.id, entry.id);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    scope.onRemoved(definition.id, entry.id);
    setNotice(t('registers.deleted', { row: title }));
    requestAnimationFrame(focusAfterDelete);
  };

  /** A row's edit, history and delete buttons, wired to the dialogs here. */
  const controlsFor = (definition: RegisterDefinition, canEdit: boolean, entry: EntryView, title: string) => (
    <RowControls
      entry={entry}
      title={title}
      canEdit={canEdit}
      onEdit={() => open({ kind: 'edit', definition, entry })}
      onHistory={() => open({ kind: 'history', definition, entry })}
      onDelete={() => void remove(definition, entry)}
    />
  );

  const handleSaved = (entry: EntryView) => {
    scope.onSaved(entry);
    setDialog(null);
    setNotice(t('registers.saved'));
  };

  const dialogs =
    dialog === null ? null : dialog.kind === 'history' ? (
      <EntryHistoryDialog definition={dialog.definition} scope={scope} entry={dialog.entry} onClose={() => setDialog(null)} />
    ) : (
      <EntryDialog
        definition={dialog.definition}
        scope={scope}
        entry={dialog.kind === 'edit' ? dialog.entry : null}
        initial={dialog.kind === 'add' ? dialog.initial : undefined}
        position={dialog.kind === 'add' ? dialog.position : undefined}
        onClose={() => setDialog(null)}
        onSaved={handleSaved}
      />
    );

  return { open, controlsFor, notice, failure, dialogs };
}
