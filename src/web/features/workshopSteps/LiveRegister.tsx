import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { isFixedEntry, REGISTERS } from '../../../domain/registers.ts';
import type { EntryData, RegisterId } from '../../../domain/registerTypes.ts';
import { useT } from '../../i18n/useT.ts';
import type { ClientState } from '../../realtime/clientState.ts';
import { newId } from '../../realtime/outbox.ts';
import { refusedEntryChanges, registerRows, type DisplayEntry, type RefusedEntryChange } from '../../realtime/registerRows.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { Icon } from '../../ui/Icon.tsx';
import type { EntryDraft } from '../registers/entryDraft.ts';
import { rowTitle, type RefTitle } from '../registers/entryText.ts';
import { LiveEntryDialog } from './LiveEntryDialog.tsx';
import { draftOfDialog, reopen, useRegisterDraft, viewerOf, type RegisterDraft } from './registerDraft.ts';
import { RegisterRowsView } from './RegisterRowsView.tsx';
import { useArrivalAnnouncement } from './useArrivalAnnouncement.ts';
import './workshopSteps.css';

interface LiveRegisterProps {
  readonly register: RegisterId;
  readonly state: ClientState;
  /** The client to send changes with; null where the register is only shown (the projector). */
  readonly client: WorkshopClient | null;
  readonly layout: 'cards' | 'table';
  /** Larger type for the back of the room. */
  readonly projector?: boolean;
}

interface OpenDialog {
  readonly entry: { id: string; data: EntryData; title: string } | null;
  /** A new row keeps one id, so resending it after a dropped connection saves it once [R10]. */
  readonly entryId: string;
  readonly initial?: EntryData;
  /** Opened from the kept draft's offer, which is gone once the dialog closes. */
  readonly reopened: boolean;
  /**
   * Whether what is typed is kept should the step change. A dialog opened while another row's
   * draft waits to be reopened leaves that draft alone rather than overwrite it.
   */
  readonly keeps: boolean;
}

/**
 * A register step: the project register's rows, live for everyone in the room, and anyone (phones
 * too) may add, change or remove rows while the step is on. Changes are commands with the client's
 * ids, shown at once and kept through a dropped connection; refused ones keep what was written,
 * and so does a row dialog closed by the facilitator moving on (offered again on return).
 */
export function LiveRegister({ register, state, client, layout, projector }: LiveRegisterProps) {
  const { t, tn, l, locale, error } = useT();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const definition = REGISTERS[register];
  const rows = registerRows(state, register);
  const refused = refusedEntryChanges(state, register);
  const announced = useArrivalAnnouncement(rows.length, register);
  const editable = client !== null && state.board.workshop?.status === 'open';
  const [kept, keep] = useRegisterDraft(state.board.workshop?.id ?? null, viewerOf(state.board.me), register);
  const offered = editable && dialog === null ? kept : null;

  // A row of another register names itself by its own fields; references do not chain further.
  const refTitle: RefTitle = (other, entryId) => {
    const row = state.board.entries.get(entryId);
    return row ? rowTitle(REGISTERS[other], entryId, row.data, locale, () => null) : null;
  };
  const titleOf = (row: Pick<DisplayEntry, 'id' | 'data'>) => rowTitle(definition, row.id, row.data, locale, refTitle) ?? t('registerStep.untitled');
  const refOptions = (other: RegisterId) =>
    registerRows(state, other).map((row) => ({ id: row.id, label: rowTitle(REGISTERS[other], row.id, row.data, locale, () => null) ?? row.id }));

  const handleRemove = (row: DisplayEntry, title: string) => {
    client?.send({ type: 'entry.remove', entryId: row.id });
    setNotice(t('registerStep.removed', { row: title }));
    // The row and its buttons go; focus goes to the heading once the dialog has closed.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const open = (row: Pick<DisplayEntry, 'id' | 'data'> | null, from: { entryId?: string; initial?: EntryData; reopened?: boolean } = {}) => {
    const reopened = from.reopened === true;
    setDialog({
      entry: row ? { id: row.id, data: row.data, title: titleOf(row) } : null,
      entryId: row?.id ?? from.entryId ?? newId(),
      initial: from.initial,
      reopened,
      keeps: kept === null || reopened,
    });
  };

  const handleRetry = (change: RefusedEntryChange) => {
    const existing = rows.find((row) => row.id === change.entryId);
    open(existing ?? null, { initial: { ...existing?.data, ...change.fields } });
    client?.dismissRejected(change.commandId);
  };

  const handleReopen = (draft: RegisterDraft) => {
    const reopening = reopen(draft, rows, newId);
    open(reopening.row, { entryId: reopening.entryId, initial: reopening.initial, reopened: true });
  };

  const handleDiscard = () => {
    keep(null);
    setNotice(t('registerStep.draftDiscarded'));
    requestAnimationFrame(() => heading.current?.focus());
  };

  const handleDialogChange = (opened: OpenDialog, form: EntryDraft) => {
    if (opened.keeps) keep(draftOfDialog(definition, { entryId: opened.entryId, isNew: opened.entry === null, stored: opened.entry?.data ?? null }, form));
  };

  const handleDialogClose = (opened: OpenDialog) => {
    // Saved (queued) or cancelled: either way there is nothing left to keep.
    if (opened.keeps) keep(null);
    setDialog(null);
    // The offer's button that opened it has gone; focus goes to the heading, not to the page's top.
    if (opened.reopened) requestAnimationFrame(() => heading.current?.focus());
  };

  // Says the draft as reopen() will open it: a change to its row, or a new row.
  const offerText = (draft: RegisterDraft) => {
    const row = rows.find((r) => r.id === draft.entryId);
    return row ? t('registerStep.draftChange', { row: titleOf(row) }) : t('registerStep.draftNew', { row: titleOf({ id: draft.entryId, data: draft.changes }) });
  };

  const controls = (row: DisplayEntry, title: string) =>
    row.status === 'removing' ? null : (
      <>
        <Button className="button button-small" onPress={() => open(row)} aria-label={t('registerStep.editOne', { row: title })}>
          <Icon name="edit" size={16} /> {t('registerStep.edit')}
        </Button>
        {isFixedEntry(register, row.id) ? null : (
          <ConfirmDialog
            trigger={
              <Button className="button button-small" aria-label={t('registerStep.removeOne', { row: title })}>
                <Icon name="trash" size={16} /> {t('common.delete')}
              </Button>
            }
            title={t('registerStep.removeTitle')}
            body={<p>{t('registerStep.removeBody', { row: title })}</p>}
            confirmLabel={t('common.delete')}
            onConfirm={() => handleRemove(row, title)}
            danger
          />
        )}
      </>
    );

  const headingId = `live-register-${register}`;
  return (
    <section className={projector ? 'live-register live-register-projector' : 'live-register'} aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} className="panel-title" ref={heading} tabIndex={-1}>
          {l(definition.name)}
        </h2>
        {editable && definition.rowsCanBeAdded ? (
          <Button className="button button-primary" onPress={() => open(null)} data-testid="add-register-row">
            <Icon name="plus" size={18} /> {t('registerStep.add')}
          </Button>
        ) : null}
      </div>
      {projector ? null : <p className="register-description">{l(definition.description)}</p>}
      <p role="status" className="register-notice">
        {notice}
      </p>
      <div role="status">
        {offered ? (
          <div className="callout" data-testid="register-draft">
            <p>{offerText(offered)}</p>
            <Button className="button button-small button-primary" onPress={() => handleReopen(offered)}>
              {t('registerStep.draftReopen')}
            </Button>
            <Button className="button button-small" onPress={handleDiscard}>
              {t('registerStep.draftDiscard')}
            </Button>
          </div>
        ) : null}
      </div>
      {client
        ? refused.map((change) => (
            <div key={change.commandId} className="callout callout-error">
              <p>{change.fields ? t('registerStep.refusedSave', { row: titleOf({ id: change.entryId, data: change.fields }) }) : t('registerStep.refusedRemove')}</p>
              <p>{error(change.code)}</p>
              {change.fields && editable ? (
                <Button className="button button-small button-primary" onPress={() => handleRetry(change)}>
                  {t('registerStep.tryAgain')}
                </Button>
              ) : null}
              <Button className="button button-small" onPress={() => client.dismissRejected(change.commandId)}>
                {t('registerStep.discard')}
              </Button>
            </div>
          ))
        : null}
      {rows.length === 0 ? (
        <p className="muted">{t('registerStep.none')}</p>
      ) : (
        <RegisterRowsView definition={definition} rows={rows} layout={layout} titleOf={titleOf} refTitle={refTitle} renderControls={editable ? controls : undefined} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announced > 0 ? tn('registerStep.newRows', announced) : ''}
      </p>
      {dialog && client ? (
        <LiveEntryDialog
          definition={definition}
          entry={dialog.entry}
          entryId={dialog.entryId}
          initial={dialog.initial}
          refOptions={refOptions}
          client={client}
          onChange={(form) => handleDialogChange(dialog, form)}
          onClose={() => handleDialogClose(dialog)}
          onQueued={setNotice}
        />
      ) : null}
    </section>
  );
}
