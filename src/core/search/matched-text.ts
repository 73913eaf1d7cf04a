/**
 * Which text of an entry a query met, for the second line of a result: the alias that matched
 * ("Kraft Sibiriens 2", de), the words of the summary around the match, or nothing when the title
 * says it all.
 */
import type { Language } from '../facts/types.ts';
import type { SearchDocument } from './documents.ts';

export type MatchedText =
  | { kind: 'title' }
  | { kind: 'alias'; text: string; lang: Language }
  | {
      kind: 'summary';
      /** A window of the summary, with an ellipsis where it was cut. */
      text: string;
      /** The matched word inside `text`. */
      mark: { start: number; end: number };
    };

const SNIPPET_BEFORE = 32;
const SNIPPET_AFTER = 56;

function countIn(terms: ReadonlySet<string>, matched: readonly string[]): number {
  let n = 0;
  for (const term of matched) if (terms.has(term)) n++;
  return n;
}

/**
 * `matched` are the index words the query reached (MiniSearch's `match` keys, after prefix and
 * fuzzy expansion). An alias is shown only when it holds more of them than the title does.
 */
export function matchedText(doc: SearchDocument, matched: readonly string[]): MatchedText {
  const words = doc.words();
  const inTitle = countIn(words.titleTerms, matched);
  let best: { text: string; lang: Language; count: number; size: number } | null = null;
  for (const alias of words.aliases) {
    const count = countIn(alias.terms, matched);
    const better = best === null ? count > inTitle : count > best.count || (count === best.count && alias.terms.size < best.size);
    // Of equally good aliases, the shortest: "Север-Юг" rather than the corridor's full Russian name.
    if (better) best = { text: alias.text, lang: alias.lang, count, size: alias.terms.size };
  }
  if (best !== null) return { kind: 'alias', text: best.text, lang: best.lang };
  if (inTitle > 0) return { kind: 'title' };
  const wanted = new Set(matched);
  const word = words.summaryWords.find((w) => wanted.has(w.term));
  if (word === undefined) return { kind: 'title' };
  return summarySnippet(doc.summary, word.start, word.end);
}

function summarySnippet(summary: string, start: number, end: number): MatchedText {
  let from = Math.max(0, start - SNIPPET_BEFORE);
  let to = Math.min(summary.length, end + SNIPPET_AFTER);
  // Cut at word boundaries so the snippet never starts or ends inside a word.
  if (from > 0) {
    const space = summary.indexOf(' ', from);
    from = space >= 0 && space < start ? space + 1 : start;
  }
  if (to < summary.length) {
    const space = summary.lastIndexOf(' ', to);
    to = space > end ? space : end;
  }
  const lead = from > 0 ? '… ' : '';
  const tail = to < summary.length ? ' …' : '';
  const text = `${lead}${summary.slice(from, to)}${tail}`;
  const markStart = lead.length + (start - from);
  return { kind: 'summary', text, mark: { start: markStart, end: markStart + (end - start) } };
}
