/** A piece of a mail's text: plain words, or an address to follow. */
export type TextPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'link'; readonly url: string };

// http(s) addresses up to the next space or angle bracket; trailing punctuation belongs to the sentence.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]'»]+$/;

/** Splits a plain-text mail into text and http(s) links, so the development outbox can make links clickable. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = match[0].replace(TRAILING, '');
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
