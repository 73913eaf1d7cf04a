/**
 * "Is Gloss on for this page?", asked before any scanning: the page's settings from the page
 * cache, then the cheap article check only when the mode needs it.
 */
import type { CompiledDictionary } from '../../core/match/index.ts';
import { isArticlePage } from '../../core/settings/article-check.ts';
import { decideForPage, pageNeedsArticleCheck, type PageSettings } from '../../core/settings/page-view.ts';
import type { GlossDecision } from '../../core/settings/decide.ts';
import { warn } from '../log.ts';
import type { PageDataSource } from './page-data.ts';

export interface PageDecision {
  settings: PageSettings;
  site: string | null;
  /** null: not checked (the mode did not need it). */
  isArticle: boolean | null;
  decision: GlossDecision;
  /** The terms to look for (muted entries already left out by the background). */
  dictionary: CompiledDictionary | null;
}

export async function decide(data: PageDataSource, url: string, doc: Document): Promise<PageDecision | null> {
  const page = await data.load(url);
  if (page === null) return null;
  const { site, settings, dictionary } = page;
  if (site === null) return { settings, site, isArticle: null, decision: { on: false, reason: 'restricted' }, dictionary };
  const isArticle = pageNeedsArticleCheck(settings) ? safeArticleCheck(doc) : null;
  return { settings, site, isArticle, decision: decideForPage(settings, isArticle === true), dictionary };
}

export function safeArticleCheck(doc: Document): boolean {
  try {
    return isArticlePage(doc);
  } catch (error) {
    warn('the article check failed', error);
    return false;
  }
}
