import { Link } from 'wouter';
import { useT } from '../../i18n/useT.ts';

/** On a page for signing in or up, for someone who already is: who, and the way on to `next`. */
export function AlreadySignedIn({ name, next }: { name: string; next: string | null }) {
  const { t } = useT();
  return (
    <div className="callout">
      <p>{t('account.alreadySignedIn', { name })}</p>
      <Link href={next ?? '/'} className="button button-primary">
        {t('account.continue')}
      </Link>
    </div>
  );
}
