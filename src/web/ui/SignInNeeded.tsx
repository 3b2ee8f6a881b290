import { Link, useLocation, useSearch } from 'wouter';
import { withNext } from '../account/nextPath.ts';
import { useT } from '../i18n/useT.ts';

/**
 * The server would not let this page in without a session (or with this one): say why, and offer
 * to sign in and come straight back here.
 */
export function SignInNeeded({ reason }: { reason: string }) {
  const { t } = useT();
  const [path] = useLocation();
  const search = useSearch();
  const here = search ? `${path}?${search}` : path;
  return (
    <div className="narrow">
      <h1>{t('projectWorkshop.signInTitle')}</h1>
      <p role="alert">{reason}</p>
      <p>
        <Link href={withNext('/sign-in', here)} className="button button-primary">
          {t('projectWorkshop.signIn')}
        </Link>
      </p>
    </div>
  );
}
