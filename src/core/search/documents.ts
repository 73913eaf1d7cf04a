/**
 * What the index keeps about each entry besides MiniSearch's own tables. The words of every
 * alias and of the summary (to say which alias or which part of the summary matched) are worked
 * out only for the entries a query returns, so building the index stays cheap.
 */
import { textIn } from '../facts/localize.ts';
import type { Category, Entry, Language } from '../facts/types.ts';
import { LANGUAGES } from '../facts/types.ts';
import { searchTerms, wordSpans, type WordSpan } from './terms.ts';

interface AliasWords {
  text: string;
  lang: Language;
  terms: ReadonlySet<string>;
}

interface DocumentWords {
  titleTerms: ReadonlySet<string>;
  aliases: readonly AliasWords[];
  summaryWords: readonly WordSpan[];
  /** The title and each alias as their words joined by one space, for spotting a query that names the entry. */
  nameKeys: readonly string[];
}

export interface SearchDocument {
  id: string;
  /** In the reader's language (or the nearest one the entry has). */
  title: string;
  category: Category;
  summary: string;
  /** Every alias, joined: indexed as one field. */
  aliasText: string;
  /** Computed on first use, then kept. */
  words(): DocumentWords;
}

/** Every name a reader may type: the aliases and the title in each of its languages but the one shown. */
function aliasesOf(entry: Entry, shownTitle: string): { text: string; lang: Language }[] {
  const titles = LANGUAGES.flatMap((lang) => {
    const text = entry.title[lang];
    return text !== undefined && text !== shownTitle ? [{ text, lang }] : [];
  });
  return [...titles, ...LANGUAGES.flatMap((lang) => entry.aliases[lang].map((text) => ({ text, lang })))];
}

/** `chain`: the languages to show the title and summary in, best first (localize.ts). */
export function toSearchDocument(entry: Entry, chain: readonly Language[] = ['en']): SearchDocument {
  const title = textIn(entry.title, chain);
  const aliases = aliasesOf(entry, title);
  let words: DocumentWords | undefined;
  return {
    id: entry.id,
    title,
    category: entry.category,
    summary: textIn(entry.summary, chain),
    aliasText: aliases.map((a) => a.text).join('\n'),
    words: () => (words ??= wordsOf(title, textIn(entry.summary, chain), aliases)),
  };
}

function wordsOf(shownTitle: string, summary: string, aliases: { text: string; lang: Language }[]): DocumentWords {
  const title = searchTerms(shownTitle);
  const aliasTerms = aliases.map((a) => searchTerms(a.text));
  return {
    titleTerms: new Set(title),
    aliases: aliases.map((a, i) => ({ ...a, terms: new Set(aliasTerms[i]) })),
    summaryWords: wordSpans(summary),
    nameKeys: [title, ...aliasTerms].map((terms) => terms.join(' ')),
  };
}
