import type { ReactNode } from 'react';
import type { FieldDefinition, RegisterDefinition } from '../../../domain/registerTypes.ts';
import { useT } from '../../i18n/useT.ts';
import type { DisplayEntry } from '../../realtime/registerRows.ts';
import { Icon } from '../../ui/Icon.tsx';
import { displayValue, titleField, type RefTitle } from '../registers/entryText.ts';

interface RegisterRowsViewProps {
  readonly definition: RegisterDefinition;
  readonly rows: readonly DisplayEntry[];
  /** cards on a phone; a table on the laptop and, large, on the projector. */
  readonly layout: 'cards' | 'table';
  readonly titleOf: (row: DisplayEntry) => string;
  readonly refTitle: RefTitle;
  /** Each row's buttons, for those who may change it. */
  readonly renderControls?: (row: DisplayEntry, title: string) => ReactNode;
}

/** A register's rows drawn from its definition alone: every field by its kind, in words. */
export function RegisterRowsView({ definition, rows, layout, titleOf, refTitle, renderControls }: RegisterRowsViewProps) {
  const { t, l } = useT();
  const title = titleField(definition);
  const others = definition.fields.filter((field) => field !== title);
  if (layout === 'cards') {
    return (
      <ul className="action-cards register-cards">
        {rows.map((row) => {
          const name = titleOf(row);
          return (
            <li key={row.id}>
              <article className={row.status ? `action-card register-card register-card-${row.status}` : 'action-card register-card'} data-testid="register-row">
                <h3 className="register-card-title">{name}</h3>
                <RowStatus row={row} />
                <dl className="action-facts register-facts">
                  {others.map((field) => (
                    <div key={field.id}>
                      <dt>{l(field.label)}</dt>
                      <dd>
                        <FieldText field={field} row={row} refTitle={refTitle} />
                      </dd>
                    </div>
                  ))}
                </dl>
                {renderControls ? <div className="register-card-controls">{renderControls(row, name)}</div> : null}
              </article>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <div className="table-scroll" role="region" aria-label={l(definition.name)} tabIndex={0}>
      <table className="action-table live-register-table">
        <caption className="visually-hidden">{l(definition.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{title ? l(title.label) : t('registerStep.row')}</th>
            {others.map((field) => (
              <th key={field.id} scope="col">
                {l(field.label)}
              </th>
            ))}
            {renderControls ? (
              <th scope="col">
                <span className="visually-hidden">{t('registerStep.controls')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = titleOf(row);
            return (
              <tr key={row.id} className={row.status ? `register-row-${row.status}` : undefined} data-testid="register-row">
                <th scope="row">
                  {name}
                  <RowStatus row={row} />
                </th>
                {others.map((field) => (
                  <td key={field.id}>
                    <FieldText field={field} row={row} refTitle={refTitle} />
                  </td>
                ))}
                {renderControls ? <td className="row-controls">{renderControls(row, name)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A row's own change still on its way, said in words. */
function RowStatus({ row }: { row: DisplayEntry }) {
  const { t } = useT();
  if (row.status === null) return null;
  return (
    <span className="register-row-status">
      <Icon name="offline" size={16} /> {row.status === 'pending' ? t('registerStep.pending') : t('registerStep.removing')}
    </span>
  );
}

function FieldText({ field, row, refTitle }: { field: FieldDefinition; row: DisplayEntry; refTitle: RefTitle }) {
  const { t, locale } = useT();
  const text = displayValue(field, row.data[field.id], locale, refTitle);
  if (text === null) {
    return (
      <span className="register-empty">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('registerStep.empty')}</span>
      </span>
    );
  }
  return <span className="live-register-value">{text}</span>;
}
