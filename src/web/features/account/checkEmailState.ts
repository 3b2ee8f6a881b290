/** Why the "check your email" page is shown, and to which address the mail went. */
export interface CheckEmailState {
  readonly email: string;
  readonly via: 'sign-up' | 'link';
}

/**
 * Reads what the sign-up or sign-in page left in the history entry. The address travels in
 * history state rather than the URL, so it never lands in a server log or a shared link.
 */
export function readCheckEmailState(state: unknown): CheckEmailState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { email, via } = state as Record<string, unknown>;
  if (typeof email !== 'string' || email.length === 0) return null;
  if (via !== 'sign-up' && via !== 'link') return null;
  return { email, via };
}
