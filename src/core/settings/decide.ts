/**
 * The precedence of "is Gloss on here?", from only what applies to one page, like Dark Reader's site
 * lists: the global switch, then the rule for the page's site (its own or a parent domain's), then
 * the site mode. rules.ts finds the rule in the whole settings (background, popup); a content script
 * gets only its page's (page-view.ts). Free of the public suffix list, for the content script.
 */
import type { Settings, SiteMode, SiteRule } from './model.ts';

export type GlossReason = 'disabled' | 'site-off' | 'site-on' | 'publisher-off' | 'article' | 'not-article' | 'mode-all' | 'not-listed' | 'restricted';

export const GLOSS_REASONS = [
  'disabled',
  'site-off',
  'site-on',
  'publisher-off',
  'article',
  'not-article',
  'mode-all',
  'not-listed',
  'restricted',
] as const satisfies readonly GlossReason[];

export interface GlossDecision {
  on: boolean;
  reason: GlossReason;
}

/**
 * The precedence itself, from only what applies to one site: the switch, that site's rule (own or
 * inherited), the publisher's opt-out (`<meta name="gloss" content="off">`, read by the content
 * script), the mode. The reader's own rule for the site outranks the publisher: switching a site
 * on is a deliberate choice, and the page asked only for the default. A content script gets
 * exactly these (page-view.ts), never the site list.
 */
export function decide(settings: Pick<Settings, 'enabled' | 'siteMode'>, rule: SiteRule | null, isArticle: boolean, publisherOff = false): GlossDecision {
  if (!settings.enabled) return { on: false, reason: 'disabled' };
  if (rule === 'off') return { on: false, reason: 'site-off' };
  if (rule === 'on') return { on: true, reason: 'site-on' };
  if (publisherOff) return { on: false, reason: 'publisher-off' };
  return byMode(settings.siteMode, isArticle);
}

function byMode(mode: SiteMode, isArticle: boolean): GlossDecision {
  switch (mode) {
    case 'articles':
      return isArticle ? { on: true, reason: 'article' } : { on: false, reason: 'not-article' };
    case 'all-except':
      return { on: true, reason: 'mode-all' };
    case 'only-listed':
      return { on: false, reason: 'not-listed' };
  }
}

/**
 * What a content script reports for the badge (reportPage.state): 'on'; 'off' where the reader
 * switched Gloss off (this site or everywhere), shown as a grey "off"; 'not-article' where the
 * mode simply does not pick this page (not an article, or not listed), shown as nothing.
 */
export function pageStateOf(decision: GlossDecision): 'on' | 'off' | 'not-article' {
  if (decision.on) return 'on';
  return decision.reason === 'not-article' || decision.reason === 'not-listed' || decision.reason === 'publisher-off' ? 'not-article' : 'off';
}

