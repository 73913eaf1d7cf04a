/**
 * What one code point becomes in the normalised stream, before case folding. Kept apart from the
 * streaming loop so the rules read as a list, and so the tests can state them once.
 */

/** Invisible characters that carry no letter: dropped. ZWJ (U+200D) only shapes glyphs (or glues
 * emoji). ZWNJ (U+200C) is dropped too: Persian writes it inside words ("راه‌آهن") but just as
 * often leaves it out ("راهآهن"), so a name must match either way; attached suffixes after it
 * ("پاسداران‌ها") are inflected forms the compiler generates. The combining hamza above (U+0654)
 * marks the ezafe on a final heh ("تنگهٔ"), which is written without it as often. Bidi marks are
 * common in Persian text. */
const IGNORED = new Set<number>([
  0x00ad, // soft hyphen
  0x061c, // Arabic letter mark
  0x0640, // Arabic tatweel (kashida): elongation only
  0x180e, // Mongolian vowel separator (formerly a space)
  0x0654, // Arabic hamza above (combining): the ezafe on heh
  0x200b, // zero-width space
  0x200c, // zero-width non-joiner
  0x200d, // zero-width joiner
  0x200e, 0x200f, // LRM, RLM
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, // bidi embeddings and overrides
  0x2060, 0x2061, 0x2062, 0x2063, 0x2064, // word joiner, invisible operators
  0x2066, 0x2067, 0x2068, 0x2069, // bidi isolates
  0xfeff, // zero-width no-break space / BOM
]);

/** Every space and line break; a run of them becomes one U+0020. */
const SPACES = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Every dash and hyphen becomes U+002D. */
const DASHES = new Set<number>([
  0x002d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d,
]);

/** Apostrophes and single quotes become U+0027. U+02BC is a letter in Unicode, but it is written
 * as an apostrophe ("Hezbollahʼs"), so it must not glue a suffix to a term. */
const SINGLE_QUOTES = new Set<number>([
  0x0027, 0x0060, 0x00b4, 0x02bc, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0xff07,
]);

/** Double quotes and guillemets become U+0022. */
const DOUBLE_QUOTES = new Set<number>([
  0x0022, 0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02,
]);

/** Arabic-keyboard forms that Persian text writes interchangeably with the Persian ones. */
const LETTER_VARIANTS = new Map<number, number>([
  [0x064a, 0x06cc], // Arabic yeh → Farsi yeh
  [0x0649, 0x06cc], // alef maksura → Farsi yeh
  [0x0643, 0x06a9], // Arabic kaf → keheh
  [0x06c0, 0x0647], // heh with yeh above (the ezafe "ۀ") → heh
  [0x0629, 0x0647], // teh marbuta → heh
  [0x0623, 0x0627], // alef with hamza above → alef
  [0x0625, 0x0627], // alef with hamza below → alef
  [0x0671, 0x0627], // alef wasla → alef
  // Arabic-Indic digits ٠–٩ → Persian digits ۰–۹ ("نیروی سیبری ۲" is also written with ٢).
  ...Array.from({ length: 10 }, (_, d): [number, number] => [0x0660 + d, 0x06f0 + d]),
]);

const WORD = /^[\p{L}\p{N}\p{M}]/u;
const MARK = /^\p{M}/u;

/** A letter, digit or combining mark: what a match may not touch on either side. */
export function isWordCodePoint(cp: number): boolean {
  return WORD.test(String.fromCodePoint(cp));
}

export function isMarkCodePoint(cp: number): boolean {
  return MARK.test(String.fromCodePoint(cp));
}

/**
 * Full case folding of one code point. JS has no toCaseFold, so fold by lower→upper→lower: that
 * sends ß and ẞ to "ss", ς and Σ to σ, ﬁ to "fi", and İ to "i̇", like CaseFolding.txt (C+F).
 * Per code point, so Greek final-sigma context never applies.
 */
function foldCodePoint(cp: number): string {
  return String.fromCodePoint(cp).toLowerCase().toUpperCase().toLowerCase();
}

/**
 * The normalised form of one cluster (a starter and the combining marks after it), as a string:
 * NFC, then each code point mapped (ignored, space, dash, quote, letter variant) or folded, then
 * NFC again so folding cannot leave a decomposed sequence (ΐ folds to ι + two marks).
 */
export function normalizeCluster(cluster: string, fold: boolean): string {
  let out = '';
  for (const ch of cluster.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (IGNORED.has(cp)) continue;
    if (SPACES.has(cp)) out += ' ';
    else if (DASHES.has(cp)) out += '-';
    else if (SINGLE_QUOTES.has(cp)) out += "'";
    else if (DOUBLE_QUOTES.has(cp)) out += '"';
    else {
      const variant = LETTER_VARIANTS.get(cp);
      if (variant !== undefined) out += String.fromCharCode(variant);
      else out += fold ? foldCodePoint(cp) : ch;
    }
  }
  return fold ? out.normalize('NFC') : out;
}
