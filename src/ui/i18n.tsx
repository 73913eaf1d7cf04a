import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
// Type-only: the English catalogue is the list of keys, so a misspelt key is a compile error, and
// no catalogue is bundled into a context that only needs `browser.i18n`.
import type en from '../_locales/en/messages.json';
import type { FormatDate } from './format-date.ts';
import { dateFormatter } from './format-date.ts';

export type MessageKey = keyof typeof en;

/** Same contract as `browser.i18n.getMessage`: substitutions fill `$1`…`$9` (directly or via named placeholders). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export interface I18n {
  t: Translate;
  /** BCP 47 tag of the language the strings are in; dates are formatted for it (see `ui_locale`). */
  locale: string;
}

const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  value: I18n;
  children?: ComponentChildren;
}

export function I18nProvider({ value, children }: I18nProviderProps) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18n {
  const value = useContext(I18nContext);
  // A component rendered without a provider is a wiring bug in the host; say so loudly.
  if (value === null) throw new Error('Gloss UI: wrap components in <I18nProvider value={…}>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): string {
  return useI18n().locale;
}

/** Formats ISO dates for the UI language. */
export function useFormatDate(): FormatDate {
  const locale = useLocale();
  return useMemo(() => dateFormatter(locale), [locale]);
}
