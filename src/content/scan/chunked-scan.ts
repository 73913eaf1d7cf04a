import type { BlockScan, Matcher } from '../../core/match/index.ts';

/** Text longer than this is scanned in pieces, so one huge text node never makes a long task. */
export const CHUNK = 16_384;
/**
 * The first pieces of a page are smaller: before the engine has compiled the matcher's hot loop,
 * 16 K characters take 20 ms and more (measured in Chromium 156 and Firefox 153).
 */
export const FIRST_CHUNK = 1_024;
/**
 * Context re-read before each piece: longer than any term as written (the longest alias is well
 * under 100 characters), so a match that starts in a piece is found whole and its left boundary
 * is judged on the real preceding character.
 */
export const OVERLAP = 512;
/** How far a cut or a window's edge may move to reach whitespace. */
export const REACH = 256;

/**
 * Scans `text` from `from` on, one piece of about `size` characters per call, and returns the
 * candidates that start inside the piece (with the piece's context) plus where the next piece
 * starts (-1 when done). Pieces end at whitespace, so no surrogate pair or cluster is ever cut.
 * `lastEnd` is where the previous piece's last candidate ended: one overlapping it was decided there.
 */
export function scanPiece(matcher: Matcher, text: string, from: number, lastEnd: number, size = CHUNK): BlockScan & { next: number } {
  if (from === 0 && text.length <= size + OVERLAP) return { ...matcher.scanBlock(text), next: -1 };
  const cut = pieceEnd(text, from + size);
  const begin = windowStart(text, from - OVERLAP);
  const stop = pieceEnd(text, cut + OVERLAP);
  const found = matcher.scanBlock(text.slice(begin, stop));
  const candidates: BlockScan['candidates'] = [];
  for (const c of found.candidates) {
    const start = c.start + begin;
    if (start < from || start >= cut || start < lastEnd) continue;
    candidates.push({ start, end: c.end + begin, readings: c.readings });
  }
  return { candidates, cues: found.cues, mentioned: found.mentioned, next: cut >= text.length ? -1 : cut };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

/**
 * The first whitespace at or after `at` (within REACH), else `at` moved off a low surrogate. Ends
 * pieces, and the context read after them: a word cut in two there would be read as a word of
 * its own ("card|inal" as the cue "card"), and cues and mentions count wherever they are found.
 */
function pieceEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const limit = Math.min(text.length, at + REACH);
  for (let i = at; i < limit; i++) if (isSpace(text.charCodeAt(i))) return i;
  let i = at;
  while (i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  return i;
}

/** Where the context before a piece starts: just after whitespace at or before `at` (within REACH), for the same reason. */
function windowStart(text: string, at: number): number {
  if (at <= 0) return 0;
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) if (isSpace(text.charCodeAt(i))) return i + 1;
  // Text without spaces: every cut is inside a word anyway. Start on a whole character.
  let i = at;
  while (i > 0 && (text.charCodeAt(i) & 0xfc00) === 0xdc00) i--;
  return i;
}
