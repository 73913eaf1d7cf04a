import { parseHTML } from 'linkedom';
import { matchBlocks, walkBlocks, type Matcher, type Reading } from '../../core/match/index.ts';
import { articleScope } from '../../core/settings/article-scope.ts';

export interface PageMatch {
  id: string;
  /** The page text that matched, as written. */
  text: string;
  /** How it was found (for --explain). */
  reading: Reading;
  /** Where: the block (index into ScannedPage.blocks) and the span in its text (for --near). */
  block: number;
  start: number;
  end: number;
}

export interface ScannedPage {
  /** The text of each block the content script's walker gives, in document order. */
  blocks: string[];
  matches: PageMatch[];
}

/**
 * Every term occurrence in what the content script reads of the page (the article and its headline,
 * or the whole body: article-scope.ts), in document order, through the content script's walker and
 * the same page-level decisions it makes (short forms, context on the page).
 */
export function scanPage(html: string, matcher: Matcher): ScannedPage {
  const { document } = parseHTML(html);
  // A file with no element in it (plain text) has no root element, and linkedom's body getter
  // throws then: the types promise one, the file decides.
  const rootElement = document.documentElement as Element | null;
  const roots: Node[] = rootElement === null ? [document] : (articleScope(document) ?? [document.body]);
  const blocks = roots.flatMap((root) => [...walkBlocks(root)].map((b) => b.text));
  const matches = matchBlocks(matcher, blocks).flatMap((found, block) =>
    found.map((m) => ({ id: m.id, text: (blocks[block] ?? '').slice(m.start, m.end), reading: m.reading, block, start: m.start, end: m.end })),
  );
  return { blocks, matches };
}

export function scanHtml(html: string, matcher: Matcher): PageMatch[] {
  return scanPage(html, matcher).matches;
}
