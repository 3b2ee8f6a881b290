import type { ActionHistoryResponse, ActionRecordView, ActionRevisionView } from '../../../protocol/actionPlan.ts';
import { actionsApi } from '../../api/actionsApi.ts';
import { useT } from '../../i18n/useT.ts';
import { RevisionChange } from '../../ui/RevisionChange.tsx';
import { HistoryDialog } from '../registers/HistoryDialog.tsx';
import { useFetched } from '../registers/useFetched.ts';
import { isFilled, revisionValue, REVISION_FIELDS, type RevisionField } from './actionHistoryText.ts';

interface ActionHistoryDialogProps {
  readonly organisationId: string;
  readonly action: ActionRecordView;
  readonly onClose: () => void;
}

/** Every change of an action, newest first: when, who, in which workshop, what changed and the comment. */
export function ActionHistoryDialog({ organisationId, action, onClose }: ActionHistoryDialogProps) {
  const { t } = useT();
  const { load, reload } = useFetched<ActionHistoryResponse>(
    () => actionsApi.history(organisationId, action.projectId, action.id),
    `${action.projectId}/${action.id}/${action.version}`,
  );
  return (
    <HistoryDialog title={t('actionPlan.historyTitle', { what: action.what })} loadingText={t('actionPlan.historyLoading')} load={load} onRetry={reload} onClose={onClose}>
      {(value) => <Revisions revisions={value.revisions} />}
    </HistoryDialog>
  );
}

function Revisions({ revisions }: { revisions: readonly ActionRevisionView[] }) {
  const translator = useT();
  const { t, locale } = translator;
  const when = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  // Newest first; the one before each is the next in the list.
  return (
    <ol className="revision-list" reversed>
      {revisions.map((revision, index) => {
        const previous = revisions[index + 1];
        // Where an action is sent (committee or management) is shown as part of its scope; the
        // first version shows only the fields that were filled in.
        const fields = REVISION_FIELDS.filter(
          (field) => (revision.changed.includes(field) || (field === 'scope' && revision.changed.includes('upwardTo'))) && (previous || isFilled(revision, field)),
        );
        return (
          <li key={revision.version} className="revision" data-testid="action-revision">
            <p className="revision-meta">
              <time dateTime={revision.at} className="revision-when">
                {when.format(new Date(revision.at))}
              </time>{' '}
              <span>{revision.byName ? t('registers.by', { name: revision.byName }) : t('actionPlan.byWorkshop')}</span>{' '}
              {revision.workshopTitle ? <span>{t('registers.inWorkshop', { title: revision.workshopTitle })}</span> : <span>{t('actionPlan.onThePlan')}</span>}
            </p>
            {revision.deleted ? <p className="revision-deleted">{t('actionPlan.revisionDeleted')}</p> : null}
            {revision.comment ? (
              <blockquote className="revision-comment">
                <span className="revision-tag">{t('actionPlan.commentTag')}</span> {revision.comment}
              </blockquote>
            ) : null}
            {fields.length > 0 ? (
              <dl className="revision-changes">
                {fields.map((field: RevisionField) => (
                  <RevisionChange
                    key={field}
                    label={t(`actionPlan.field.${field}`)}
                    before={previous ? revisionValue(previous, field, translator) : null}
                    after={revisionValue(revision, field, translator)}
                  />
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
