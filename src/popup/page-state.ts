/**
 * What the popup says about the tab it was opened over. Pure: the inputs are what the popup
 * could learn (the tab's URL, the content script's answer, the settings), the output is one of
 * a few views the components draw.
 */
import type { ListTermsResponse, Result } from '../core/messages/index.ts';
import {
  decideForSite,
  isRestrictedUrl,
  ruleFor,
  siteKey,
  withSiteRule,
  type GlossReason,
  type Settings,
  type SiteMode,
  type SiteRule,
} from '../core/settings/index.ts';

export interface PageTerm {
  id: string;
  title: string;
  count: number;
}

/** Which tab the popup speaks about, as main.tsx found it. */
export type Target =
  /** The popup page was opened as a tab of its own (from "Explain … with Gloss"): search only. */
  | { kind: 'none' }
  /** `url` is null when the browser did not tell (a tab picked with ?tab=, no activeTab grant). */
  | { kind: 'tab'; tabId: number; url: string | null };

export interface SiteView {
  kind: 'site';
  site: string;
  on: boolean;
  reason: GlossReason;
  /** The rule that applies, the site's own or a parent domain's, and where it is stored. */
  rule: SiteRule | null;
  ruleFrom: string | null;
  mode: SiteMode;
  /** Null when the content script did not answer: the page has not been read (yet). */
  terms: PageTerm[] | null;
  /** What the content script found; null when unknown. */
  isArticle: boolean | null;
  /** The page carries its publisher's opt-out (only the page itself can say). */
  publisherOff: boolean;
}

export type PageView =
  | { kind: 'loading' }
  | { kind: 'none' }
  /**
   * A tab where content scripts cannot run: browser pages, stores, the PDF viewer, view-source.
   * Also a tab that neither answers nor has a URL the popup may see, which in practice is one of those.
   */
  | { kind: 'restricted' }
  | SiteView;

export interface PageFacts {
  target: Target;
  /** The content script's answer to listTerms, when there is a tab to ask. */
  answer: Result<ListTermsResponse> | null;
  settings: Settings;
}

export function pageView({ target, answer, settings }: PageFacts): PageView {
  if (target.kind === 'none') return { kind: 'none' };
  if (target.url !== null && isRestrictedUrl(target.url)) return { kind: 'restricted' };
  if (answer?.ok === true) {
    const { site, isArticle, terms, reason } = answer.value;
    // The content script knows its own page; a null site means it declared itself restricted.
    if (site === null) return { kind: 'restricted' };
    // Only the page can see its publisher's opt-out (<meta name="gloss" content="off">).
    return siteView(settings, site, isArticle, terms, reason === 'publisher-off');
  }
  const site = target.url === null ? null : siteKey(target.url);
  if (site === null || looksLikePdf(target.url)) return { kind: 'restricted' };
  return siteView(settings, site, null, null);
}

/**
 * Both browsers show PDFs in a viewer of their own, under the file's URL, where no content script
 * runs. A tab that does not answer and whose URL ends in .pdf is most likely that viewer.
 */
function looksLikePdf(url: string | null): boolean {
  if (url === null) return false;
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

function siteView(settings: Settings, site: string, isArticle: boolean | null, terms: PageTerm[] | null, publisherOff = false): SiteView {
  // Without an answer from the page the article check is unknown: show what the reader's rules
  // say, taking the page for an article, and let the view say that the page is not read yet.
  const decision = decideForSite(settings, site, isArticle ?? true, publisherOff);
  const match = ruleFor(settings, site);
  return {
    kind: 'site',
    site,
    on: decision.on,
    reason: decision.reason,
    rule: match?.rule ?? null,
    ruleFrom: match?.from ?? null,
    mode: settings.siteMode,
    terms,
    isArticle,
    publisherOff,
  };
}

/**
 * The site's own rule that makes Gloss `wantOn` there. When the site would be that way anyway
 * without its own rule (by the mode or a parent domain's rule), the own rule is removed (null),
 * so switching off and on again leaves the settings as they were.
 */
export function ruleForSwitch(settings: Settings, site: string, isArticle: boolean | null, wantOn: boolean, publisherOff = false): SiteRule | null {
  // When the article check is unknown, assume the case in which the rule is needed.
  const without = decideForSite(withSiteRule(settings, site, null), site, isArticle ?? !wantOn, publisherOff);
  if (without.on === wantOn) return null;
  return wantOn ? 'on' : 'off';
}

/** Whether the switch can change anything: not while Gloss is off everywhere. */
export function switchUsable(view: SiteView): boolean {
  return view.reason !== 'disabled';
}
