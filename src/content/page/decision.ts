/**
 * "Is Gloss on for this page?", asked before any scanning (settings/index.ts explains the flow):
 * one message for the settings, then the cheap article check only when the mode needs it.
 */
import type { BackgroundClient } from '../../core/messages/index.ts';
import {
  decideForSite,
  defaultSettings,
  isArticlePage,
  needsArticleCheck,
  siteKey,
  type GlossDecision,
  type Settings,
} from '../../core/settings/index.ts';
import { warn } from '../log.ts';

export interface PageDecision {
  settings: Settings;
  site: string | null;
  /** null: not checked (the mode did not need it). */
  isArticle: boolean | null;
  decision: GlossDecision;
}

export async function decide(background: BackgroundClient, url: string, doc: Document): Promise<PageDecision> {
  const site = siteKey(url);
  const answer = await background.request({ type: 'getSettings' });
  if (!answer.ok) warn(`could not read the settings (${answer.error.message}); using the defaults`);
  const settings = answer.ok ? answer.value : defaultSettings();
  if (site === null) return { settings, site, isArticle: null, decision: { on: false, reason: 'restricted' } };
  const isArticle = needsArticleCheck(settings, site) ? safeArticleCheck(doc) : null;
  return { settings, site, isArticle, decision: decideForSite(settings, site, isArticle === true) };
}

export function safeArticleCheck(doc: Document): boolean {
  try {
    return isArticlePage(doc);
  } catch (error) {
    warn('the article check failed', error);
    return false;
  }
}
