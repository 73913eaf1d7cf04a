/**
 * The popup's lookup index over the whole dictionary: titles, aliases in every language and
 * summaries, with prefix and typo-tolerant matching (MiniSearch: a radix tree, BM25 ranking).
 * Built once when the popup opens (a few milliseconds), queried on every keystroke.
 */
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Category, Entry, Language } from '../facts/types.ts';
import { toSearchDocument, type SearchDocument } from './documents.ts';
import { matchedText, type MatchedText } from './matched-text.ts';
import { searchTerms } from './terms.ts';

export interface SearchHit {
  id: string;
  title: string;
  category: Category;
  score: number;
  /** What to show under the title: the alias or the part of the summary the query met. */
  matched: MatchedText;
}

export interface SearchIndex {
  /** Best first; empty for a blank query. Never throws. */
  search(query: string, options?: { limit?: number }): SearchHit[];
  readonly size: number;
}

const DEFAULT_LIMIT = 20;
/** Longer queries are not lookups; cutting them keeps a pasted paragraph from stalling a keystroke. */
const MAX_QUERY_CHARS = 200;
const MAX_QUERY_TERMS = 8;

const FIELDS = ['title', 'aliases', 'summary'] as const;
type Field = (typeof FIELDS)[number];
const NAME_FIELDS: Field[] = ['title', 'aliases'];
/** Queries shorter than this (in folded characters) look at names only. */
const SHORT_QUERY = 3;

/**
 * Edit distance allowed for a query word: none under four letters (three letters are a prefix, and
 * one typo in them reaches half the dictionary), one up to six, two from seven ("hezbolah").
 */
export function allowedTypos(term: string): number | false {
  if (term.length < 4) return false;
  return term.length < 7 ? 1 : 2;
}

const SEARCH_OPTIONS: SearchOptions = {
  // The title and the names people use weigh more than a word somewhere in the summary.
  boost: { title: 3, aliases: 2, summary: 1 },
  prefix: true,
  fuzzy: (term) => allowedTypos(term),
  tokenize: searchTerms,
  processTerm: (term) => term,
};

/**
 * A query that is a whole name of the entry ("mir", "kraft siberia 2") or its start ranks that
 * entry above the ones that merely mention the same words.
 */
function nameBonus(nameKeys: readonly string[], phrase: string): number {
  let bonus = 1;
  for (const key of nameKeys) {
    if (key === phrase) return EXACT_NAME_BONUS;
    if (key.startsWith(`${phrase} `)) bonus = Math.max(bonus, WORDS_START_BONUS);
    else if (key.startsWith(phrase)) bonus = Math.max(bonus, NAME_START_BONUS);
  }
  return bonus;
}

const EXACT_NAME_BONUS = 2;
/** The name starts with the query's whole words ("север" in "Север — Юг"). */
const WORDS_START_BONUS = 1.6;
/** The name starts with the query, the last word cut ("север" in "Северный поток"). */
const NAME_START_BONUS = 1.3;

/** `chain`: the languages results are shown in, best first (the UI's, then English). */
export function createSearchIndex(entries: readonly Entry[], chain: readonly Language[] = ['en']): SearchIndex {
  const documents = new Map<string, SearchDocument>();
  for (const entry of entries) {
    if (!documents.has(entry.id)) documents.set(entry.id, toSearchDocument(entry, chain));
  }
  const mini = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    idField: 'id',
    extractField: (doc, field) => (field === 'aliases' ? doc.aliasText : field === 'id' ? doc.id : doc[field as Exclude<Field, 'aliases'>]),
    // Each alias word counts once: an entry with 28 spellings of one name must not be drowned by
    // its own field length, nor another lifted by repeating a word.
    tokenize: (text, field) => (field === 'aliases' ? [...new Set(searchTerms(text))] : searchTerms(text)),
    processTerm: (term) => term,
    searchOptions: SEARCH_OPTIONS,
  });
  mini.addAll([...documents.values()]);

  const hit = (result: SearchResult, phrase: string): SearchHit | null => {
    const doc = documents.get(String(result.id));
    if (doc === undefined) return null;
    const score = result.score * nameBonus(doc.words().nameKeys, phrase);
    return { id: doc.id, title: doc.title, category: doc.category, score, matched: matchedText(doc, Object.keys(result.match)) };
  };

  return {
    size: documents.size,
    search(query, options = {}) {
      const terms = searchTerms(query.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TERMS);
      if (terms.length === 0) return [];
      const text = terms.join(' ');
      // One or two letters are the start of a name, not a word to look for in every summary; and
      // the summaries' thousands of words are what makes such a prefix expensive.
      const fields = text.length < SHORT_QUERY ? NAME_FIELDS : undefined;
      // Every word must match; only when that finds nothing does any single word do.
      let results = mini.search(text, { combineWith: 'AND', fields });
      if (results.length === 0 && terms.length > 1) results = mini.search(text, { combineWith: 'OR', fields });
      const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
      const hits: SearchHit[] = [];
      for (const result of results) {
        const found = hit(result, text);
        if (found !== null) hits.push(found);
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
