import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { ActionView } from '../../../protocol/views.ts';
import { useT } from '../../i18n/useT.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ActionTable } from '../../ui/ActionTable.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { ActionDialog } from './ActionDialog.tsx';

/** The facilitator's actions: the table with edit and delete, and a button to add one. */
export function ActionsEditor({ state, client }: { state: ClientState; client: WorkshopClient }) {
  const { t, tn } = useT();
  const [editing, setEditing] = useState<ActionView | 'new' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const actions = [...state.board.actions.values()];
  const notes = [...state.board.notes.values()].filter((n) => !n.hidden).sort((a, b) => b.votes - a.votes || a.createdAt - b.createdAt);

  return (
    <section className="panel" aria-labelledby="actions-editor-heading">
      <div className="panel-head">
        <h2 id="actions-editor-heading" className="panel-title" ref={heading} tabIndex={-1}>
          {tn('facilitator.actionsTitle', actions.length)}
        </h2>
        <Button className="button button-primary" onPress={() => setEditing('new')} data-testid="add-action">
          <Icon name="plus" size={18} /> {t('actions.addTitle')}
        </Button>
      </div>
      {actions.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ActionTable
          actions={actions}
          notes={state.board.notes}
          caption={t('actions.listTitle')}
          renderActions={(action) => (
            <>
              <Button className="icon-button" aria-label={t('actions.editOne', { what: action.what.slice(0, 60) })} onPress={() => setEditing(action)}>
                <Icon name="edit" size={18} />
              </Button>
              <ConfirmDialog
                trigger={
                  <Button className="icon-button" aria-label={t('actions.deleteOne', { what: action.what.slice(0, 60) })}>
                    <Icon name="trash" size={18} />
                  </Button>
                }
                title={t('actions.deleteConfirmTitle')}
                body={<p className="quote">{action.what}</p>}
                confirmLabel={t('common.delete')}
                onConfirm={() => {
                  client.send({ type: 'action.delete', actionId: action.id });
                  // The row and its button go; focus goes to the panel's heading once the dialog
                  // has closed, rather than falling to the page.
                  requestAnimationFrame(() => heading.current?.focus());
                }}
                danger
              />
            </>
          )}
        />
      )}
      {editing ? <ActionDialog action={editing === 'new' ? null : editing} notes={notes} client={client} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
