import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { AccountMenu } from '../account/AccountMenu.tsx';
import { useT } from '../i18n/useT.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface AppShellProps {
  readonly children: ReactNode;
  /** The workshop's title, shown in the header when there is one. */
  readonly context?: string | null;
  /** Wider main column, for the facilitator's laptop. */
  readonly wide?: boolean;
  /** Section links under the header's top row, e.g. OrganisationNav inside an organisation. */
  readonly nav?: ReactNode;
}

/** Header with the language switch and account menu, the page's main landmark, and the footer. */
export function AppShell({ children, context, wide, nav }: AppShellProps) {
  const { t } = useT();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <circle cx="16" cy="16" r="14" fill="currentColor" />
            <path d="M16 5l4 11-4 11-4-11z" fill="#fff" />
          </svg>
          <span>{t('app.name')}</span>
        </Link>
        {context ? <span className="header-context">{context}</span> : null}
        <LanguageSwitch />
        <AccountMenu />
        {nav}
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'app-main app-main-wide' : 'app-main'}>
        {children}
      </main>
      <footer className="app-footer">
        <span className="app-footer-links">
          <Link href="/method">{t('method.footerLink')}</Link>
          <Link href="/tilgaengelighed">{t('footer.accessibility')}</Link>
        </span>
        <span>{t('footer.tagline')}</span>
      </footer>
    </div>
  );
}
