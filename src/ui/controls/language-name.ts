/**
 * "German" / "Deutsch" for "de", in the UI language, from the browser's own Intl data: no strings
 * to translate, and right in every locale. Falls back to the code where Intl cannot say.
 */
export function languageName(code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
