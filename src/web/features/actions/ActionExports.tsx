import { ACTION_EXPORT_FORMATS } from '../../../protocol/actionExports.ts';
import { actionExportUrl } from '../../api/actionExportsApi.ts';
import type { ActionFilter } from '../../api/actionsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { CalendarFeeds } from './CalendarFeeds.tsx';
import './actionExports.css';

/**
 * The action plan out of Kompas: the actions the list shows (same filter) as a spreadsheet, an
 * Excel file or a calendar file, and the member's private calendar addresses, folded away until
 * asked for.
 */
export function ActionExports({ organisationId, filter }: { organisationId: string; filter: ActionFilter }) {
  const { t } = useT();
  return (
    <section className="action-exports" aria-labelledby="action-exports-title">
      <h2 id="action-exports-title" className="action-exports-title">
        {t('actionExports.title')}
      </h2>
      <p id="action-exports-hint" className="field-description">
        {t('actionExports.hint')}
      </p>
      <ul className="action-export-links">
        {ACTION_EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a className="button button-small" href={actionExportUrl(organisationId, format, filter)} download aria-describedby="action-exports-hint">
              {t(`actionExports.format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <details className="calendar-feeds">
        <summary>{t('calendarFeeds.title')}</summary>
        <CalendarFeeds organisationId={organisationId} />
      </details>
    </section>
  );
}
