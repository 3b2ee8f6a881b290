import type { Locale } from '../../domain/localized.ts';

/**
 * Each language's name in that language, the same in every catalogue, so a person who reads
 * only one of them can find it.
 */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { da: 'Dansk', en: 'English' };
