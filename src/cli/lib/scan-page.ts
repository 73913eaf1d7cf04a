import { parseHTML } from 'linkedom';
import { matchBlocks, walkBlocks, type Matcher, type Reading } from '../../core/match/index.ts';

export interface PageMatch {
  id: string;
  /** The page text that matched, as written. */
  text: string;
  /** How it was found (for --explain). */
  reading: Reading;
}

/**
 * Every term occurrence in the page body, in document order, through the content script's walker
 * and the same page-level decisions the content script makes (short forms, context on the page).
 */
export function scanHtml(html: string, matcher: Matcher): PageMatch[] {
  const { document } = parseHTML(html);
  const root: Node = document.body ?? document.documentElement ?? document;
  const blocks = [...walkBlocks(root)].map((b) => b.text);
  return matchBlocks(matcher, blocks).flatMap((matches, i) => matches.map((m) => ({ id: m.id, text: (blocks[i] ?? '').slice(m.start, m.end), reading: m.reading })));
}
