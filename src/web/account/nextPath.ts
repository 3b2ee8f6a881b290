/** Longest return path kept; anything longer is not a path Kompas makes. */
const MAX_NEXT_LENGTH = 512;

/**
 * The page to return to after signing in, from a `?next=` value, or null when it is missing or
 * could lead anywhere but this site. Only a path on the same origin passes: it starts with one
 * "/", never "//" or "/\" (both mean another host to a browser), and holds no control characters
 * or spaces (which browsers strip, so "/\t/evil.example" would become "//evil.example").
 */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_NEXT_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f\\]/.test(raw)) return null;
  return raw;
}

/** The `?next=` value of a query string (as wouter's useSearch gives it, without "?"), made safe. */
export function nextFromSearch(search: string): string | null {
  return safeNextPath(new URLSearchParams(search).get('next'));
}

/** A link to an account page that returns to `next` afterwards, when there is somewhere to return to. */
export function withNext(path: '/sign-in' | '/sign-up', next: string | null): string {
  const safe = safeNextPath(next);
  return safe && safe !== '/' ? `${path}?next=${encodeURIComponent(safe)}` : path;
}
