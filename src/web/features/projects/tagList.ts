/** Why a tag could not be added. */
export type TagRefusal = 'empty' | 'duplicate' | 'too_many';

export type AddTagResult = { readonly ok: true; readonly tags: string[]; readonly tag: string } | { readonly ok: false; readonly reason: TagRefusal };

/** Trims and collapses runs of white space, as a person means it. */
export function cleanTag(input: string): string {
  return input.trim().replace(/\s+/g, ' ');
}

/**
 * Adds what was typed to a list of tags (staff groups, units): not empty, not already there
 * (ignoring case), and not beyond the list's limit.
 */
export function addTag(tags: readonly string[], input: string, max: number): AddTagResult {
  const tag = cleanTag(input);
  if (tag.length === 0) return { ok: false, reason: 'empty' };
  const lower = tag.toLocaleLowerCase('da');
  if (tags.some((t) => t.toLocaleLowerCase('da') === lower)) return { ok: false, reason: 'duplicate' };
  if (tags.length >= max) return { ok: false, reason: 'too_many' };
  return { ok: true, tags: [...tags, tag], tag };
}

/**
 * After removing the tag at `index` from a list that had `count` tags: the index of the tag to
 * focus next (the one that took its place, else the one before), or null when none are left.
 */
export function focusAfterRemoval(index: number, count: number): number | null {
  const remaining = count - 1;
  if (remaining <= 0) return null;
  return Math.min(index, remaining - 1);
}
