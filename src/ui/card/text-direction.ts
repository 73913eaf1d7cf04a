const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi', 'dv', 'ckb']);

/**
 * `all: initial` on the card's host resets everything except `direction`, so on a right-to-left
 * page (a Persian news site) the card would inherit rtl. It states the UI language's own direction.
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
