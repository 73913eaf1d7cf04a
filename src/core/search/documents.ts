/**
 * What the index keeps about each entry besides MiniSearch's own tables. The words of every
 * alias and of the summary (to say which alias or which part of the summary matched) are worked
 * out only for the entries a query returns, so building the index stays cheap.
 */
import type { Category, Entry, Language } from '../facts/types.ts';
import { LANGUAGES } from '../facts/types.ts';
import { searchTerms, wordSpans, type WordSpan } from './terms.ts';

export interface AliasWords {
  text: string;
  lang: Language;
  terms: ReadonlySet<string>;
}

export interface DocumentWords {
  titleTerms: ReadonlySet<string>;
  aliases: readonly AliasWords[];
  summaryWords: readonly WordSpan[];
  /** The title and each alias as their words joined by one space, for spotting a query that names the entry. */
  nameKeys: readonly string[];
}

export interface SearchDocument {
  id: string;
  title: string;
  category: Category;
  summary: string;
  /** Every alias, joined: indexed as one field. */
  aliasText: string;
  /** Computed on first use, then kept. */
  words(): DocumentWords;
}

function aliasesOf(entry: Entry): { text: string; lang: Language }[] {
  return LANGUAGES.flatMap((lang) => (entry.aliases?.[lang] ?? []).map((text) => ({ text, lang })));
}

export function toSearchDocument(entry: Entry): SearchDocument {
  const aliases = aliasesOf(entry);
  let words: DocumentWords | undefined;
  return {
    id: entry.id,
    title: entry.title,
    category: entry.category,
    summary: entry.summary,
    aliasText: aliases.map((a) => a.text).join('\n'),
    words: () => (words ??= wordsOf(entry, aliases)),
  };
}

function wordsOf(entry: Entry, aliases: { text: string; lang: Language }[]): DocumentWords {
  const title = searchTerms(entry.title);
  const aliasTerms = aliases.map((a) => searchTerms(a.text));
  return {
    titleTerms: new Set(title),
    aliases: aliases.map((a, i) => ({ ...a, terms: new Set(aliasTerms[i]) })),
    summaryWords: wordSpans(entry.summary),
    nameKeys: [title, ...aliasTerms].map((terms) => terms.join(' ')),
  };
}
