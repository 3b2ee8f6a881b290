/** The two languages Kompas speaks, Danish first. */
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text the product shows, written once per language. */
export interface Localized {
  readonly da: string;
  readonly en: string;
}
