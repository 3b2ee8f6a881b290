import type { RegisterDefinition } from '../../../domain/registerTypes.ts';
import type { EntryHistoryResponse, EntryRevision, EntryView } from '../../../protocol/registers.ts';
import { registersApi } from '../../api/registersApi.ts';
import { useT } from '../../i18n/useT.ts';
import { RevisionChange } from '../../ui/RevisionChange.tsx';
import { displayValue, revisionChanges } from './entryText.ts';
import { HistoryDialog } from './HistoryDialog.tsx';
import type { RegistersScope } from './registersScope.ts';
import { useFetched } from './useFetched.ts';

interface EntryHistoryDialogProps {
  readonly definition: RegisterDefinition;
  readonly scope: RegistersScope;
  readonly entry: EntryView;
  readonly onClose: () => void;
}

/** Every saved version of a row, newest first: who, when, in which workshop, and what changed. */
export function EntryHistoryDialog({ definition, scope, entry, onClose }: EntryHistoryDialogProps) {
  const { t } = useT();
  const { load, reload } = useFetched<EntryHistoryResponse>(
    () => registersApi.history(scope.organisationId, scope.projectId, definition.id, entry.id),
    `${definition.id}/${entry.id}/${entry.version}`,
  );
  const title = scope.rowTitle(definition, entry) ?? t('registers.untitled');
  return (
    <HistoryDialog title={t('registers.historyTitle', { row: title })} loadingText={t('registers.historyLoading')} load={load} onRetry={reload} onClose={onClose}>
      {(value) => <Revisions definition={definition} scope={scope} revisions={value.revisions} />}
    </HistoryDialog>
  );
}

function Revisions({ definition, scope, revisions }: { definition: RegisterDefinition; scope: RegistersScope; revisions: readonly EntryRevision[] }) {
  const { t, locale } = useT();
  if (revisions.length === 0) return <p className="muted">{t('registers.historyNone')}</p>;
  const when = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  const oldestFirst = [...revisions].sort((a, b) => a.version - b.version);
  const withChanges = oldestFirst.map((revision, index) => ({
    revision,
    first: index === 0,
    changes: revision.deleted ? [] : revisionChanges(definition, oldestFirst[index - 1]?.data ?? null, revision.data),
  }));
  const shown = (value: Parameters<typeof displayValue>[1], field: Parameters<typeof displayValue>[0]) =>
    displayValue(field, value, locale, scope.refTitle) ?? t('registers.empty');
  return (
    <ol className="revision-list" reversed>
      {withChanges.reverse().map(({ revision, first, changes }) => (
        <li key={revision.version} className="revision">
          <p className="revision-meta">
            <time dateTime={revision.at} className="revision-when">
              {when.format(new Date(revision.at))}
            </time>{' '}
            <span>{revision.byName ? t('registers.by', { name: revision.byName }) : t('registers.byUnknown')}</span>{' '}
            {revision.workshopTitle ? <span>{t('registers.inWorkshop', { title: revision.workshopTitle })}</span> : <span>{t('registers.onProjectPage')}</span>}
          </p>
          {revision.deleted ? <p className="revision-deleted">{t('registers.revisionDeleted')}</p> : null}
          {!revision.deleted && changes.length === 0 ? <p className="muted">{t('registers.revisionNoChange')}</p> : null}
          {changes.length > 0 ? (
            <dl className="revision-changes">
              {changes.map(({ field, before, after }) => (
                <RevisionChange key={field.id} label={field.label[locale]} before={first ? null : shown(before, field)} after={shown(after, field)} />
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
