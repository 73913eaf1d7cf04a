import type { I18n, MessageKey, Translate } from './i18n.tsx';

/** One `_locales/<lang>/messages.json` file, as the browser reads it. */
export type MessagesFile = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;

/**
 * Replaces `$name$` placeholders, then `$1`…`$9`, then `$$`, as Chrome and Firefox do. A missing
 * substitution becomes an empty string (also what the browsers do).
 */
export function substitute(
  entry: MessagesFile[string],
  substitutions: string | string[] | undefined,
): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(placeholders).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return found === undefined ? whole : found[1].content;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/**
 * A translator over a messages.json object, with no browser API: used by tests (en and de) and by
 * anything that must render a given language regardless of the browser's UI language.
 */
export function translatorFromMessages(messages: MessagesFile): Translate {
  return (key: MessageKey, substitutions?: string | string[]) => {
    const entry = messages[key];
    return entry === undefined ? key : substitute(entry, substitutions);
  };
}

export function i18nFromMessages(messages: MessagesFile): I18n {
  const t = translatorFromMessages(messages);
  return { t, locale: t('ui_locale') };
}
