import { useT } from '../../i18n/useT.ts';
import { AppShell } from '../../ui/AppShell.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';

const SECTIONS = [
  ['a11y.scopeTitle', 'a11y.scopeBody'],
  ['a11y.doneTitle', 'a11y.doneBody'],
  ['a11y.knownTitle', 'a11y.knownBody'],
  ['a11y.contactTitle', 'a11y.contactBody'],
  ['a11y.enforcementTitle', 'a11y.enforcementBody'],
] as const;

/** /tilgaengelighed — the accessibility statement public-sector users need (WCAG 2.1 AA). */
export function AccessibilityPage() {
  const { t } = useT();
  usePageTitle(t('a11y.title'));
  return (
    <AppShell>
      <article className="narrow prose">
        <h1>{t('a11y.title')}</h1>
        <p className="lead">{t('a11y.intro')}</p>
        {SECTIONS.map(([title, body]) => (
          <section key={title}>
            <h2>{t(title)}</h2>
            {t(body)
              .split('\n')
              .map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
          </section>
        ))}
        <p className="muted">{t('a11y.updated')}</p>
      </article>
    </AppShell>
  );
}
