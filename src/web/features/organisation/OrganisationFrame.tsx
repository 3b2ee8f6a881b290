import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { OrganisationView } from '../../../protocol/accounts.ts';
import { withNext } from '../../account/nextPath.ts';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { FailureMessage } from '../../ui/FailureMessage.tsx';
import { OrganisationNav } from './OrganisationNav.tsx';
import type { OrganisationLoad } from './useOrganisation.ts';

interface OrganisationFrameProps {
  readonly organisationId: string;
  readonly load: OrganisationLoad;
  /** The page, once the organisation is known. */
  readonly children: (organisation: OrganisationView) => ReactNode;
  readonly wide?: boolean;
}

/**
 * The shell of a page inside an organisation: its name in the header and the section links,
 * or, until then, a loading line, a way to sign in, or why it cannot be shown.
 */
export function OrganisationFrame({ organisationId, load, children, wide }: OrganisationFrameProps) {
  const { t } = useT();
  const [location] = useLocation();
  if (load.status === 'ready') {
    const { organisation } = load;
    return (
      <AppShell context={organisation.name} nav={<OrganisationNav organisationId={organisationId} organisation={organisation} />} wide={wide}>
        {children(organisation)}
      </AppShell>
    );
  }
  return (
    <AppShell>
      <div className="narrow">
        {load.status === 'loading' ? (
          <>
            <h1>{t('org.loadingTitle')}</h1>
            <p role="status">{t('org.loading')}</p>
          </>
        ) : load.error === 'signed_out' ? (
          <>
            <h1>{t('org.signInTitle')}</h1>
            <p>{t('org.signInBody')}</p>
            <Link href={withNext('/sign-in', location)} className="button button-primary">
              {t('account.signInLink')}
            </Link>
          </>
        ) : (
          <>
            <h1>{t('org.failedTitle')}</h1>
            <FailureMessage failure={load.error} />
            <Link href="/" className="button">
              {t('common.toFrontPage')}
            </Link>
          </>
        )}
      </div>
    </AppShell>
  );
}
