/**
 * After a new deployment, the files of the build a page was loaded from are gone: opening a page
 * whose code is loaded on demand then fails, and would leave a blank page. Vite reports this as
 * the `vite:preloadError` window event; the page is then reloaded, once, to get the new version.
 * A second failure soon after that reload is not a deployment (the server or the network is down):
 * the error then takes its course instead of reloading again and again.
 */

const LAST_RELOAD_KEY = 'kompas.chunkErrorReloadAt';
/** A failure this soon after the last such reload is not followed by another. */
export const RELOAD_GUARD_MS = 30_000;

/** Whether to reload, given when the last reload for this reason was (from session storage; null if none). */
export function shouldReload(lastReloadAt: string | null, now: number): boolean {
  const last = lastReloadAt === null ? Number.NaN : Number(lastReloadAt);
  if (!Number.isFinite(last)) return true;
  // A time in the future (a clock set back) is no reason to stop.
  return now - last >= RELOAD_GUARD_MS || now < last;
}

export function reloadOnChunkError(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const now = Date.now();
    try {
      if (!shouldReload(sessionStorage.getItem(LAST_RELOAD_KEY), now)) return;
      sessionStorage.setItem(LAST_RELOAD_KEY, String(now));
    } catch {
      // No session storage (blocked): nothing would stop a loop, so no reload.
      return;
    }
    // The reload replaces the failed page; the error need not be thrown on the way.
    event.preventDefault();
    window.location.reload();
  });
}
