import { useEffect, useSyncExternalStore } from 'react';
import { LOCALES, type Locale } from '../../domain/localized.ts';
import { browserStore } from '../realtime/localStore.ts';
import { storageKeys } from '../realtime/storageKeys.ts';

interface LocaleState {
  /** What the person picked in the header, remembered on this device. */
  readonly chosen: Locale | null;
  /** The language of the workshop on screen, used until the person picks one. */
  readonly workshopDefault: Locale | null;
}

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

function readChosen(): Locale | null {
  try {
    const stored = browserStore().getItem(storageKeys.locale);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

let state: LocaleState = { chosen: typeof window === 'undefined' ? null : readChosen(), workshopDefault: null };
const listeners = new Set<() => void>();

function setState(next: LocaleState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language to show: the person's choice, else the workshop's, else Danish. */
export function effectiveLocale(s: LocaleState): Locale {
  return s.chosen ?? s.workshopDefault ?? 'da';
}

export function chooseLocale(locale: Locale): void {
  try {
    browserStore().setItem(storageKeys.locale, locale);
  } catch {
    // Still switch for this visit.
  }
  setState({ ...state, chosen: locale });
}

/** The current language; keeps <html lang> in step so screen readers pronounce it right. */
export function useLocale(): Locale {
  const locale = useSyncExternalStore(subscribe, () => effectiveLocale(state), () => 'da' as const);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return locale;
}

/** Lets a page say which language its workshop speaks, as the default until someone chooses. */
export function useWorkshopLocaleDefault(locale: Locale | null | undefined): void {
  useEffect(() => {
    if (!locale || state.workshopDefault === locale) return;
    setState({ ...state, workshopDefault: locale });
  }, [locale]);
}
