/**
 * How a single sign-on attempt ended, from the `?error=…` the server adds when it sends the
 * browser back to the organisation's sign-on page:
 * - confirm-email: a new account must confirm its email first; a mail is on its way.
 * - account-exists: an account with that email already exists (made with a password or a link);
 *   it is never joined to the provider without its owner, so sign in that way instead.
 * - failed: anything else (cancelled at the provider, expired, misconfigured).
 */
export type SsoLanding = 'confirm-email' | 'account-exists' | 'failed';

/** The account library writes some codes with spaces ("account not linked"), some with underscores. */
const normalise = (code: string) => code.trim().toLowerCase().replace(/[\s-]+/g, '_');

export function ssoLandingOf(search: string): SsoLanding | null {
  const error = new URLSearchParams(search).get('error');
  if (error === null) return null;
  const code = normalise(error);
  // A new account gets no session until its email is confirmed (the server refuses to create one).
  if (code === 'email_not_verified' || code === 'unable_to_create_session') return 'confirm-email';
  if (code === 'account_not_linked' || code === 'email_taken') return 'account-exists';
  return 'failed';
}

/** Only a web address may be followed to the identity provider (never javascript: or the like). */
export function isProviderAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The server's limit on the return paths of a single sign-on attempt. */
const MAX_RETURN_PATH = 500;

/**
 * What starts single sign-on from /sso/:slug: signed in, the person lands on `next` (else the
 * front page, which lists their organisations); if it fails, back on this page with ?error=…
 * (and the same `next`, when it fits).
 */
export function ssoStartBody(slug: string, next: string | null): { organizationSlug: string; callbackURL: string; errorCallbackURL: string } {
  const page = `/sso/${encodeURIComponent(slug)}`;
  const callbackURL = next && next.length <= MAX_RETURN_PATH ? next : '/';
  const withNext = callbackURL === '/' ? page : `${page}?next=${encodeURIComponent(callbackURL)}`;
  return { organizationSlug: slug, callbackURL, errorCallbackURL: withNext.length <= MAX_RETURN_PATH ? withNext : page };
}
