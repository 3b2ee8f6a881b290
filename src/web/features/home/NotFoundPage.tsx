import { Link } from 'wouter';
import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useT();
  usePageTitle(t('notFound.title'));
  return (
    <AppShell>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/" className="button button-primary">
          {t('common.toFrontPage')}
        </Link>
      </p>
    </AppShell>
  );
}
