/**
 * "Is Gloss on for this page?", asked before any scanning: the page's settings from the page
 * cache, then the cheap article check only when the mode needs it.
 */
import type { StoredMatcher } from '../../core/match/index.ts';
import { isArticlePage } from '../../core/settings/article-check.ts';
import type { PageSettings } from '../../core/settings/page-view.ts';
import { decideFromSettings } from '../gate/gate-decision.ts';
import type { GlossDecision } from '../../core/settings/decide.ts';
import { warn } from '../log.ts';
import type { PageDataSource } from './page-data.ts';

export interface PageDecision {
  settings: PageSettings;
  site: string | null;
  /** null: not checked (the mode did not need it). */
  isArticle: boolean | null;
  decision: GlossDecision;
  /** New terms to look for, compiled (muted entries left out); null: the page's own still apply. */
  terms: StoredMatcher | null;
  stamp: string;
}

/**
 * `have`: the stamp of the terms the page already holds, where they will do. New terms are read
 * only where Gloss runs and the page does not hold them yet; `latin`: their Latin-script part will do.
 */
export async function decide(data: PageDataSource, url: string, doc: Document, have?: string, latin = false): Promise<PageDecision | null> {
  const page = await data.settings(url);
  if (page === null) return null;
  const { site, settings, stamp } = page;
  if (site === null) return { settings, site, isArticle: null, decision: { on: false, reason: 'restricted' }, terms: null, stamp };
  // The gate's decision, where it handed one over: the same settings and document, a moment ago.
  const { isArticle, decision } = page.decided ?? decideFromSettings(settings, doc);
  const terms = decision.on && stamp !== have ? await data.terms(stamp, latin) : null;
  return { settings, site, isArticle, decision, terms, stamp };
}

export function safeArticleCheck(doc: Document): boolean {
  try {
    return isArticlePage(doc);
  } catch (error) {
    warn('the article check failed', error);
    return false;
  }
}
