/**
 * Requests to the background worker (runtime.sendMessage) and what each one answers.
 * The background validates every request with BackgroundRequestSchema before acting on it.
 */
import * as v from 'valibot';
import type { StoredMatcher } from '../match/data.ts';
import type { Settings, SiteMode, SiteRule } from '../settings/model.ts';
import type { PageSettings } from '../settings/page-view.ts';
import type { GlossReason } from '../settings/decide.ts';
import { isValidSiteKey } from '../settings/site-key.ts';
import { GLOSSARY_REQUESTS, type EntryView, type GlossaryResponses } from './glossary-requests.ts';
import { CountSchema, EntryIdSchema, SettingsPatchSchema, SiteRuleSchema, UrlSchema, describeIssues, request } from './fields.ts';

/**
 * Here, not in fields.ts: it needs the public suffix list, which content scripts (they send only
 * requests without a site) must not carry.
 */
const SiteKeySchema = v.pipe(v.string(), v.maxLength(260), v.check(isValidSiteKey, 'not a site key'));

const BackgroundRequestSchema = v.variant('type', [
  ...GLOSSARY_REQUESTS,
  /** A card fetches its fact text on demand; no context but the background holds entries. */
  request('getEntry', { id: EntryIdSchema }),
  /** The popup and the options page: every setting. Content scripts ask getPageData instead. */
  request('getSettings', {}),
  /**
   * A content script: the settings that apply to its own page (the sender's URL) and the terms to
   * look for, muted ones left out. Read from storage.session when it can; this wakes the worker.
   */
  request('getPageData', {}),
  /** What the popup shows for a tab: its site, whether Gloss is on there and why. */
  request('getStatus', { url: UrlSchema, isArticle: v.boolean() }),
  /** Sets the site's own rule; null removes it (the site then follows its parent domain or the mode). */
  request('setSiteRule', { site: SiteKeySchema, rule: v.nullable(SiteRuleSchema) }),
  request('setMuted', { id: EntryIdSchema, muted: v.boolean() }),
  /** The card's "Mute this term" (content scripts): answers nothing of the settings. */
  request('muteTerm', { id: EntryIdSchema }),
  /** The card's "Turn off on this site" (content scripts): the site is the sender's own. */
  request('turnOffHere', {}),
  request('updateSettings', { patch: SettingsPatchSchema }),
  request('exportSettings', {}),
  /** The size limit is checked by the background, so the reader gets a clear 'invalid-import'. */
  request('importSettings', { json: v.string() }),
  request('resetSettings', {}),
  /** From a content script after each (re)evaluation of its page: drives the badge and the toolbar menu. */
  request('reportPage', { distinct: CountSchema, state: v.picklist(['on', 'off', 'not-article']) }),
  /** The popup asks, once, for a search the context menu left for it (then it is gone). */
  request('takePendingSearch', {}),
]);

export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type BackgroundRequestType = BackgroundRequest['type'];
export type PageState = Extract<BackgroundRequest, { type: 'reportPage' }>['state'];

export interface PageStatus {
  /** Null where Gloss cannot run (browser pages, stores). */
  site: string | null;
  on: boolean;
  reason: GlossReason;
  /** The rule that applies to the site, its own or inherited. */
  siteRule: SiteRule | null;
  /** Where that rule is stored: the site itself, or a parent domain such as "example.com". */
  ruleFrom: string | null;
  mode: SiteMode;
}

export interface PageData {
  /** Null where Gloss cannot run (the sender's URL has no site). */
  site: string | null;
  settings: PageSettings;
  /** The compiled terms, muted entries left out: the page decodes them and scans. */
  terms: StoredMatcher;
}

export interface BackgroundResponses extends GlossaryResponses {
  getEntry: EntryView | null;
  getSettings: Settings;
  getPageData: PageData;
  getStatus: PageStatus;
  setSiteRule: Settings;
  setMuted: Settings;
  muteTerm: { muted: true };
  turnOffHere: { site: string };
  updateSettings: Settings;
  exportSettings: { json: string; filename: string };
  importSettings: Settings;
  resetSettings: Settings;
  reportPage: { badge: string };
  takePendingSearch: { query: string | null };
}

export function parseBackgroundRequest(raw: unknown): { ok: true; request: BackgroundRequest } | { ok: false; message: string } {
  const parsed = v.safeParse(BackgroundRequestSchema, raw);
  if (parsed.success) return { ok: true, request: parsed.output };
  return { ok: false, message: describeIssues(parsed.issues) };
}
