import { useEffect, useRef, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { CALENDAR_FEED_SCOPES, type CalendarFeedCreated, type CalendarFeedListResponse, type CalendarFeedScope, type CalendarFeedView } from '../../../protocol/actionExports.ts';
import { calendarFeedsApi } from '../../api/actionExportsApi.ts';
import type { ApiError } from '../../api/apiRequest.ts';
import { useT } from '../../i18n/useT.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { CopyableUrl } from '../organisation/CopyableUrl.tsx';
import { LoadFailure } from '../registers/LoadFailure.tsx';
import { useFetched } from '../registers/useFetched.ts';

/**
 * The member's private calendar addresses: make one for their own actions or all open ones, see
 * it once to copy into a calendar app, and revoke any of them. The address is a key to the plan,
 * so it is shown only when made; the list shows when each was made and last fetched.
 */
export function CalendarFeeds({ organisationId }: { organisationId: string }) {
  const { t, locale } = useT();
  const { load, update, reload } = useFetched<CalendarFeedListResponse>(() => calendarFeedsApi.list(organisationId), organisationId);
  const [scope, setScope] = useState<CalendarFeedScope>('mine');
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  // A new address appears below the button: focus moves to it, so a screen reader reads it out.
  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);
  const when = (at: string) => new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));

  const handleCreate = async () => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    const result = await calendarFeedsApi.create(organisationId, scope);
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setCreated(result.value);
    reload();
  };

  const handleRevoke = async (feed: CalendarFeedView) => {
    setFailure(null);
    const result = await calendarFeedsApi.revoke(organisationId, feed.id);
    if (!result.ok) return setFailure(result.error);
    update((value) => ({ feeds: value.feeds.filter((f) => f.id !== feed.id) }));
    if (created?.id === feed.id) setCreated(null);
    setNotice(t('calendarFeeds.revoked', { scope: t(`calendarFeeds.scope.${feed.scope}`) }));
  };

  return (
    <div className="calendar-feeds-body">
      <p className="field-description">{t('calendarFeeds.lead')}</p>
      <div className="calendar-feed-new">
        <RadioGroup className="field radio-group" value={scope} onChange={(value) => setScope(value as CalendarFeedScope)}>
          <Label className="field-label">{t('calendarFeeds.which')}</Label>
          <div className="radio-column">
            {CALENDAR_FEED_SCOPES.map((option) => (
              <Radio key={option} value={option} className="choice">
                {t(`calendarFeeds.scope.${option}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <Button className="button button-primary" isDisabled={busy} onPress={() => void handleCreate()}>
          {t('calendarFeeds.create')}
        </Button>
      </div>
      <FailureMessage failure={failure} />
      {created ? (
        <div className="callout calendar-feed-created" ref={createdRef} tabIndex={-1} role="group" aria-label={t('calendarFeeds.newAddress', { scope: t(`calendarFeeds.scope.${created.scope}`) })}>
          <CopyableUrl label={t('calendarFeeds.newAddress', { scope: t(`calendarFeeds.scope.${created.scope}`) })} value={created.url} testId="calendar-feed-url" />
          <p className="calendar-feed-warning">{t('calendarFeeds.shownOnce')}</p>
          <p className="field-description">{t('calendarFeeds.howTo')}</p>
        </div>
      ) : null}
      <p role="status" className="calendar-feed-notice">
        {notice ?? ''}
      </p>
      <h3 className="calendar-feeds-heading">{t('calendarFeeds.yours')}</h3>
      {load.status === 'loading' ? <p className="muted">{t('calendarFeeds.loading')}</p> : null}
      {load.status === 'failed' ? <LoadFailure failure={load.error} onRetry={reload} /> : null}
      {load.status === 'ready' && load.value.feeds.length === 0 ? <p className="muted">{t('calendarFeeds.none')}</p> : null}
      {load.status === 'ready' && load.value.feeds.length > 0 ? (
        <ul className="calendar-feed-list">
          {load.value.feeds.map((feed) => (
            <li key={feed.id} className="calendar-feed">
              <div>
                <strong>{t(`calendarFeeds.scope.${feed.scope}`)}</strong>
                <span className="calendar-feed-dates">
                  {t('calendarFeeds.made', { at: when(feed.createdAt) })} ·{' '}
                  {feed.lastUsedAt ? t('calendarFeeds.lastUsed', { at: when(feed.lastUsedAt) }) : t('calendarFeeds.neverUsed')}
                </span>
              </div>
              <ConfirmDialog
                trigger={
                  <Button className="button button-small button-danger" aria-label={t('calendarFeeds.revokeOne', { scope: t(`calendarFeeds.scope.${feed.scope}`), at: when(feed.createdAt) })}>
                    {t('calendarFeeds.revoke')}
                  </Button>
                }
                title={t('calendarFeeds.revokeTitle')}
                body={<p>{t('calendarFeeds.revokeBody')}</p>}
                confirmLabel={t('calendarFeeds.revoke')}
                onConfirm={() => void handleRevoke(feed)}
                danger
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
