import { useEffect } from 'react';
import { useLocation } from 'wouter';

/** The path focus was last placed for; null until the first page has shown. */
let lastPath: string | null = null;

/**
 * Names the page in the browser tab ("{title} – Kompas", WCAG 2.4.2) and, after a client-side
 * navigation, moves focus to the new page's main landmark so keyboard and screen reader users
 * start at the top of the new content. The first page a visitor loads keeps the browser's own
 * focus. Call it once per page, in the component that owns the page.
 */
export function usePageTitle(title: string): void {
  const [location] = useLocation();

  useEffect(() => {
    document.title = `${title} – Kompas`;
  }, [title]);

  useEffect(() => {
    // Comparing paths (rather than counting mounts) leaves the first load alone even when
    // React runs effects twice in development.
    if (lastPath === null || lastPath === location) {
      lastPath = location;
      return;
    }
    lastPath = location;
    const main = document.getElementById('main');
    if (!main) return;
    const active = document.activeElement;
    // A page that put focus on one of its own fields (autoFocus) keeps it.
    if (active && active !== main && main.contains(active)) return;
    // The main landmark rather than the h1: it stays while a page swaps its loading heading for
    // the real one, so focus is not lost again a moment later. It is also the skip link's target.
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
  }, [location]);
}
