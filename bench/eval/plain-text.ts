// From a case's html to the plain text the annotations refer to, and positions in it.
//
// The annotations give text, not offsets, and the scan CLI gives matched text, not offsets, so both
// are placed in the plain text by searching forward, in document order:
// - an expected annotation at the first occurrence of its text at or after the end of the previous
//   annotation (exactly how the set's own check.mjs places them);
// - a highlight at the first occurrence of its text at or after the end of the previous highlight,
//   preferring an occurrence with no letter, digit or mark on either side (Gloss only matches on
//   such boundaries, so "SCO" is not placed inside an earlier "MOSCOW"), and taking any occurrence
//   when there is none on a boundary. A highlight whose text does not occur is left unplaced.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities the set uses (named ones above, decimal and hex); leaves others as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const cp = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body] ?? m;
  });
}

/**
 * The case html (one or two `<p>` elements and nothing else) as plain text: tags removed, entities
 * decoded, paragraphs joined with a line break, as check.mjs does. The break keeps a search from
 * finding a term across two paragraphs, which Gloss never matches across either.
 */
export function plainText(html: string): string {
  const paragraphs = [...html.matchAll(/<p\b[^>]*>([^<]*)<\/p>/g)].map((m) => decodeEntities(m[1] ?? ''));
  return paragraphs.join('\n');
}

export interface Placed {
  /** Code-unit offsets into the plain text, end exclusive; start is -1 when the text was not found. */
  start: number;
  end: number;
}

/** Expected annotations in order, each at the first occurrence at or after the previous one's end. */
export function placeExpected(text: string, annotations: readonly string[]): Placed[] {
  let from = 0;
  return annotations.map((t) => {
    const at = text.indexOf(t, from);
    if (at < 0) return { start: -1, end: -1 };
    from = at + t.length;
    return { start: at, end: from };
  });
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** The whole code point that ends just before `at` (a surrogate pair counts as one). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.slice(at - 1, at);
}

function onBoundary(text: string, start: number, end: number): boolean {
  const next = end < text.length ? String.fromCodePoint(text.codePointAt(end) ?? 0) : '';
  return !WORD.test(charBefore(text, start)) && !WORD.test(next);
}

/** Highlights in document order, each searched for from the previous placed highlight's end. */
export function placeHighlights(text: string, matched: readonly string[]): Placed[] {
  let from = 0;
  return matched.map((t) => {
    if (t === '') return { start: -1, end: -1 };
    let first = -1;
    let at = text.indexOf(t, from);
    while (at >= 0 && !onBoundary(text, at, at + t.length)) {
      if (first < 0) first = at;
      at = text.indexOf(t, at + 1);
    }
    const start = at >= 0 ? at : first;
    if (start < 0) return { start: -1, end: -1 };
    from = start + t.length;
    return { start, end: from };
  });
}
