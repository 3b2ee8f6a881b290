import { useRef, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { FieldDefinition, RegisterDefinition } from '../../../domain/registerTypes.ts';
import type { EntryView, RegisterView } from '../../../protocol/registers.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { displayValue, isEmptyValue, titleField } from './entryText.ts';
import { RegisterPanel } from './RegisterPanel.tsx';
import type { RegistersScope } from './registersScope.ts';
import { nextPosition } from './registersState.ts';
import { useRowEditing } from './useRowEditing.tsx';

/** A column a section adds beside the register's own fields (who does this invisible work too). */
export interface ExtraColumn {
  readonly label: string;
  readonly render: (entry: EntryView) => ReactNode;
}

interface RegisterEditorProps {
  readonly definition: RegisterDefinition;
  readonly view: RegisterView;
  readonly scope: RegistersScope;
  readonly extra?: ExtraColumn;
}

/** Registers with more fields than this read better as cards than as a wide table, even on a wide screen. */
const MOST_COLUMNS_IN_A_TABLE = 6;

/**
 * Any register, drawn from its definition alone: a table of its rows (cards on a phone), each
 * field by its kind; add, change, delete and history per row, for those who may.
 */
export function RegisterEditor({ definition, view, scope, extra }: RegisterEditorProps) {
  const { t, l } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const editing = useRowEditing(scope, () => heading.current?.focus());
  const title = titleField(definition);
  const others = definition.fields.filter((field) => field !== title);
  const many = others.length + 1 > MOST_COLUMNS_IN_A_TABLE;
  const canAdd = view.canEdit && definition.rowsCanBeAdded;
  const cellLabel = (label: string) => (
    <span className="register-cell-label" aria-hidden="true">
      {label}
    </span>
  );

  return (
    <RegisterPanel
      definition={definition}
      canEdit={view.canEdit}
      headingRef={heading}
      notice={editing.notice}
      failure={editing.failure}
      action={
        canAdd ? (
          <Button className="button" onPress={() => editing.open({ kind: 'add', definition, position: nextPosition(view) })}>
            <Icon name="plus" size={18} /> {t('registers.add')}
          </Button>
        ) : null
      }
    >
      {view.entries.length === 0 ? (
        <p className="muted">{t('registers.none')}</p>
      ) : (
        <table className={many ? 'register-table register-table-many' : 'register-table'} role="table">
          <caption className="visually-hidden">{l(definition.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{title ? l(title.label) : t('registers.item')}</th>
              {others.map((field) => (
                <th key={field.id} scope="col">
                  {l(field.label)}
                </th>
              ))}
              {extra ? <th scope="col">{extra.label}</th> : null}
              <th scope="col">
                <span className="visually-hidden">{t('registers.controls')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.entries.map((entry) => {
              const name = scope.rowTitle(definition, entry) ?? t('registers.untitled');
              return (
                <tr key={entry.id} data-testid={`register-row-${definition.id}`}>
                  <th scope="row" role="rowheader" className="register-row-title">
                    <span>{name}</span>{' '}
                    {entry.fixed ? <span className="register-fixed-tag">{t('registers.fixedTag')}</span> : null}{' '}
                    {entry.fixed && title && !isEmptyValue(entry.data[title.id]) ? <FieldValue field={title} entry={entry} scope={scope} /> : null}
                  </th>
                  {others.map((field) => (
                    <td key={field.id} role="cell" className="register-cell">
                      {cellLabel(l(field.label))}
                      <FieldValue field={field} entry={entry} scope={scope} />
                    </td>
                  ))}
                  {extra ? (
                    <td role="cell" className="register-cell">
                      {cellLabel(extra.label)}
                      {extra.render(entry)}
                    </td>
                  ) : null}
                  <td role="cell" className="register-controls-cell">
                    {editing.controlsFor(definition, view.canEdit, entry, name)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing.dialogs}
    </RegisterPanel>
  );
}

/** One field of a row as text; an empty one says so to screen readers and shows a dash. */
export function FieldValue({ field, entry, scope }: { field: FieldDefinition; entry: EntryView; scope: RegistersScope }) {
  const { t, locale } = useT();
  const text = displayValue(field, entry.data[field.id], locale, scope.refTitle);
  if (text === null) {
    return (
      <span className="register-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('registers.empty')}</span>
      </span>
    );
  }
  return <span className="register-value">{text}</span>;
}
