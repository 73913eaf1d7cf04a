/**
 * The gate's decision from the page's settings: the publisher's opt-out and, only where the mode
 * needs it, the article check. The page module decides the same way (page/decision.ts).
 */
import { isArticlePage } from '../../core/settings/article-check.ts';
import type { GlossDecision } from '../../core/settings/decide.ts';
import { decideForPage, pageNeedsArticleCheck, type DecisionSettings } from '../../core/settings/page-cache.ts';
import { publisherOptedOut } from '../../core/settings/publisher-opt-out.ts';
import { warn } from '../log.ts';

/** The decision for a page of a known site, from its settings and its document. */
export function decideFromSettings(settings: DecisionSettings, doc: Document): { isArticle: boolean | null; decision: GlossDecision } {
  // The cheap outcomes first: switched off, or off everywhere, need no look at the page.
  const quick = decideForPage(settings, false);
  if (!quick.on && quick.reason !== 'not-article') return { isArticle: null, decision: quick };
  const optedOut = safely('reading the publisher opt-out', () => publisherOptedOut(doc));
  const isArticle = pageNeedsArticleCheck(settings) && !optedOut ? safely('the article check', () => isArticlePage(doc)) : null;
  return { isArticle, decision: decideForPage(settings, isArticle === true, optedOut) };
}

function safely(what: string, check: () => boolean): boolean {
  try {
    return check();
  } catch (error) {
    warn(`${what} failed`, error);
    return false;
  }
}
