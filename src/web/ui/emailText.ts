/**
 * Where an email address may wrap on a narrow screen: after the @ and before each dot of the
 * domain, as style guides break addresses; never inside the name before the @ ("bo" alone at a
 * line's end reads as a word), never at a hyphen (which would read as a hyphenation) and never with
 * an added hyphen. The address is cut into pieces; a line may end only between two pieces.
 */
export function emailPieces(email: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let inDomain = false;
  for (const char of email) {
    if (char === '.' && inDomain && current !== '') {
      pieces.push(current);
      current = '';
    }
    current += char;
    if (char === '@' && !inDomain) {
      pieces.push(current);
      current = '';
      inDomain = true;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * A piece short enough to keep on one line whatever the screen (about 24 characters fit on the
 * narrowest phone): its hyphens are then no place to wrap. A longer piece may still wrap anywhere
 * rather than run off the screen.
 */
export const KEEP_WHOLE_MAX = 24;

/** A text cut around each occurrence of these addresses: the parts between, and each address where it stood. */
export function splitAroundEmails(text: string, emails: readonly string[]): { readonly text: string; readonly isEmail: boolean }[] {
  const wanted = emails.filter((email) => email !== '');
  const parts: { text: string; isEmail: boolean }[] = [];
  let rest = text;
  for (;;) {
    // The first address in what is left; of two starting at the same place, the longer.
    let at = -1;
    let found = '';
    for (const email of wanted) {
      const index = rest.indexOf(email);
      if (index !== -1 && (at === -1 || index < at || (index === at && email.length > found.length))) {
        at = index;
        found = email;
      }
    }
    if (at === -1) break;
    if (at > 0) parts.push({ text: rest.slice(0, at), isEmail: false });
    parts.push({ text: found, isEmail: true });
    rest = rest.slice(at + found.length);
  }
  if (rest !== '') parts.push({ text: rest, isEmail: false });
  return parts;
}
