import { parseHTML } from 'linkedom';
import { walkBlocks, type Matcher } from '../../core/match/index.ts';

export interface PageMatch {
  id: string;
  /** The page text that matched, as written. */
  text: string;
}

/** Every term occurrence in the page body, in document order, through the content script's walker. */
export function scanHtml(html: string, matcher: Matcher): PageMatch[] {
  const { document } = parseHTML(html);
  const root: Node = document.body ?? document.documentElement ?? document;
  const found: PageMatch[] = [];
  for (const block of walkBlocks(root)) {
    for (const m of matcher.scan(block.text)) found.push({ id: m.id, text: block.text.slice(m.start, m.end) });
  }
  return found;
}
