import { Link } from 'wouter';
import { withNext } from '../../account/nextPath.ts';
import { signedInUser, useSession } from '../../account/session.tsx';
import { useT } from '../../i18n/useT.ts';

/**
 * The way to the summary after the end: a guest's access ends with the workshop, and the
 * organisation keeps the summary, which its members read when signed in.
 */
function MembersWay({ workshopId }: { workshopId: string }) {
  const { t } = useT();
  const session = useSession();
  const summary = `/w/${encodeURIComponent(workshopId)}/summary`;
  return (
    <>
      <p>{t('participant.endedMembers')}</p>
      {signedInUser(session) ? (
        <Link href={summary} className="button">
          {t('participant.seeSummary')}
        </Link>
      ) : (
        <Link href={withNext('/sign-in', summary)} className="button">
          {t('participant.endedSignIn')}
        </Link>
      )}
    </>
  );
}

/** On a participant's page that is still connected when the facilitator finishes the workshop. */
export function FinishedCallout({ workshopId }: { workshopId: string }) {
  const { t } = useT();
  return (
    <div className="callout" role="status" data-testid="workshop-finished">
      <p>
        <strong>{t('participant.finished')}</strong>
      </p>
      <p>{t('participant.finishedKept')}</p>
      <MembersWay workshopId={workshopId} />
    </div>
  );
}

/** Instead of the workshop, once the server no longer lets this device's guest in because it has ended. */
export function WorkshopEndedPage({ workshopId, title }: { workshopId: string; title: string }) {
  const { t } = useT();
  return (
    <div className="narrow" data-testid="workshop-ended">
      <h1>{title}</h1>
      <p className="lead">{t('participant.finished')}</p>
      <p>{t('participant.endedKept')}</p>
      <MembersWay workshopId={workshopId} />
      <p className="account-switch">
        <Link href="/">{t('common.toFrontPage')}</Link>
      </p>
    </div>
  );
}
