import type { Locale } from '../../domain/localized.ts';
import { RASMUS_TRAITS } from '../../domain/rasmusTraits.ts';
import type { ActionView } from '../../protocol/views.ts';
import type { MessageKey } from '../i18n/da.ts';

/** A YYYY-MM-DD date in the reader's style ("3. marts 2026" / "3 March 2026"). */
export function formatDueDate(due: string | null, locale: Locale): string | null {
  if (!due) return null;
  const [year, month, day] = due.split('-').map(Number);
  if (!year || !month || !day) return due;
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The trait an action came from, by name. */
export function traitName(traitId: string | null, locale: Locale): string | null {
  if (!traitId) return null;
  return RASMUS_TRAITS.find((t) => t.id === traitId)?.name[locale] ?? null;
}

/** Who carries an action, in words: the group itself, or where it was sent upward. */
export function scopeKey(action: Pick<ActionView, 'scope' | 'upwardTo'>): MessageKey {
  if (action.scope === 'ours') return 'actionScope.ours';
  return action.upwardTo === 'management' ? 'actionScope.upward.management' : 'actionScope.upward.committee';
}
