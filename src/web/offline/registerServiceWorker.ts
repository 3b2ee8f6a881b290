/**
 * Registers the service worker in built apps on secure origins (https or localhost). Failing to
 * register only means no offline reload; the live app works the same.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
