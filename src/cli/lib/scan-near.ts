/**
 * `scan --near`: likely misses. Where a page has a distinctive word of an entry (scan-near-words.ts:
 * "Buschehr", "Astara", "Shetab"), or an inflected form of it, and no match of that entry covers
 * it, the entry was probably meant and not found: a name form or alias is missing, or a context
 * rule is too strict. The maintainer reads the list; nothing here decides anything.
 */
import { TOKEN_WORD, tokenize } from '../../core/match/tokens.ts';
import { isCapitalised, key, type NearIndex } from './scan-near-words.ts';
import type { ScannedPage } from './scan-page.ts';

export { buildNearIndex, type NearIndex } from './scan-near-words.ts';

/** Characters of context on each side of the word. */
const CONTEXT = 40;

export interface NearMiss {
  id: string;
  /** The word as the page writes it. */
  word: string;
  /** The text around it (±CONTEXT characters of its block), "…" where cut. */
  context: string;
}

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  // Never cut a surrogate pair in half.
  const a = /[\udc00-\udfff]/.test(text[from] ?? '') ? from + 1 : from;
  const b = /[\ud800-\udbff]/.test(text[to - 1] ?? '') ? to - 1 : to;
  const inner = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return `${a > 0 ? '…' : ''}${inner}${b < text.length ? '…' : ''}`;
}

/** Whether the word at `at` lies inside one of `phrases` (folded words) in `words`. */
function insidePhrase(words: readonly string[], at: number, phrases: readonly string[][]): boolean {
  return phrases.some((phrase) =>
    phrase.some((_, offset) => {
      const from = at - offset;
      return from >= 0 && phrase.every((w, i) => words[from + i] === w);
    }),
  );
}

interface Token {
  start: number;
  end: number;
  word: boolean;
}

/** Each distinctive word on the page that no match of its entry covers, in document order. */
export function findNear(page: ScannedPage, index: NearIndex): NearMiss[] {
  const misses: NearMiss[] = [];
  page.blocks.forEach((text, block) => {
    const tokens: Token[] = [];
    tokenize(text, { token: (start, end, _h1, _h2, kind) => void tokens.push({ start, end, word: kind === TOKEN_WORD }) });
    const folded = tokens.map((t) => key(text.slice(t.start, t.end)));
    const matches = page.matches.filter((m) => m.block === block);
    tokens.forEach((t, i) => {
      if (!t.word) return;
      const word = text.slice(t.start, t.end);
      const found = index.exact.get(key(word, false)) ?? index.folded.get(folded[i] ?? '');
      if (found === undefined) return;
      // "information" on a page is the common word, even where a name has "Information" in it.
      if (found.capitalised && !isCapitalised(word)) return;
      const id = found.id;
      if (matches.some((m) => m.id === id && m.start <= t.start && t.end <= m.end)) return;
      if (insidePhrase(folded, i, index.vetoes.get(id) ?? [])) return;
      misses.push({ id, word, context: contextOf(text, t.start, t.end) });
    });
  });
  return misses;
}
