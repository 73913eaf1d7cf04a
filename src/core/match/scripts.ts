/**
 * Which scripts a text is written in, as far as the Latin-script part of the terms
 * (latin-terms.ts) needs to know. Kept apart from the compiler: the gate, which every page loads,
 * decides with it which part to read.
 */
/** Cyrillic (with its supplement and extensions) and Arabic script (with Persian's forms). */
const OTHER_SCRIPT = /[\u0400-\u052F\u1C80-\u1C8F\u2DE0-\u2DFF\uA640-\uA69F\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Whether the text has a letter the Latin part of the terms leaves out. */
export function hasOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}

/**
 * Languages written in Latin script, by their primary subtag: a page that says it is in one reads
 * the Latin part first. Any other language, or none, reads the whole. A regular expression rather
 * than a Set: every page loads the gate, and a literal is compiled only when first used.
 */
const LATIN_LANGUAGE = /^(?:en|de|fr|es|it|pt|nl|da|sv|no|nb|nn|fi|is|pl|cs|sk|sl|hr|bs|ro|hu|et|lv|lt|tr|sq|ca|eu|gl|ga|cy|mt|lb|id|ms|vi|tl|sw)$/;

/**
 * Whether a page may start with the Latin part: its declared language is written in Latin script,
 * and its title has no letter of the others.
 */
export function latinTermsFirst(lang: string, title: string): boolean {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LATIN_LANGUAGE.test(primary) && !hasOtherScript(title);
}
