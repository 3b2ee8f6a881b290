import { useMemo } from 'react';
import type { Locale, Localized } from '../../domain/localized.ts';
import type { ErrorCode } from '../../protocol/errorCodes.ts';
import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import { errorMessages } from './errorMessages.ts';
import { useLocale } from './localeStore.ts';

export type Params = Readonly<Record<string, string | number>>;

/** A message key that exists in a ".one" and an ".other" form. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { da, en };

/** Fills {name} placeholders. */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export interface Translator {
  readonly locale: Locale;
  /** A message from the catalogue. */
  t(key: MessageKey, params?: Params): string;
  /** A message that depends on a count: "1 seddel" / "3 sedler"; {count} is filled in. */
  tn(key: PluralKey, count: number, params?: Params): string;
  /** A text from the domain, written in both languages. */
  l(text: Localized): string;
  /** The sentence for an error code the server (or the network) gave. */
  error(code: ErrorCode | 'network'): string;
  /** A number in the local style. */
  n(value: number): string;
}

export function translator(locale: Locale): Translator {
  const catalogue = CATALOGUES[locale];
  const numbers = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB');
  return {
    locale,
    t: (key, params) => interpolate(catalogue[key], params),
    tn: (key, count, params) => {
      const form: MessageKey = count === 1 ? `${key}.one` : `${key}.other`;
      return interpolate(catalogue[form], { count: numbers.format(count), ...params });
    },
    l: (text) => text[locale],
    error: (code) => (code === 'network' ? catalogue['error.network'] : errorMessages[locale][code]),
    n: (value) => numbers.format(value),
  };
}

/** Translation for the current language. */
export function useT(): Translator {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
