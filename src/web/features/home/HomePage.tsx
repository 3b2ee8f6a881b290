import { Link } from 'wouter';
import { signedInUser, useSession } from '../../account/session.tsx';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { AccountCallToActionCard } from '../account/AccountCallToActionCard.tsx';
import { AuthLinkError } from '../account/AuthLinkError.tsx';
import { CreateOrganisationCard } from '../organisation/CreateOrganisationCard.tsx';
import { useDeletedOrganisationNotice } from '../organisation/deletedOrganisation.ts';
import { MyOrganisationsCard } from '../organisation/MyOrganisationsCard.tsx';
import { SuccessMessage } from '../organisation/SuccessMessage.tsx';
import { JoinCodeCard } from './JoinCodeCard.tsx';

/** The front page: join a workshop with a code; signed in, your organisations; otherwise, sign in or sign up. */
export function HomePage() {
  const { t } = useT();
  usePageTitle(t('pageTitle.home'));
  const session = useSession();
  const user = signedInUser(session);
  // After an administrator deleted an organisation on its settings page.
  const deleted = useDeletedOrganisationNotice();
  return (
    <AppShell>
      <div className="home-intro">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p>
          <Link href="/method">{t('method.homeLink')}</Link>
        </p>
      </div>
      <SuccessMessage text={deleted ? t('deleteOrg.deleted', { name: deleted }) : null} />
      <AuthLinkError />
      {user ? (
        <div className="home-cards">
          <MyOrganisationsCard organisations={session.me?.organisations ?? []} />
          <CreateOrganisationCard />
          <JoinCodeCard />
        </div>
      ) : (
        <div className="home-cards">
          <JoinCodeCard />
          {/* Nothing until /api/me answers, so a signed-in person never sees "sign in" flash by. */}
          {session.status === 'ready' ? <AccountCallToActionCard /> : null}
        </div>
      )}
    </AppShell>
  );
}
