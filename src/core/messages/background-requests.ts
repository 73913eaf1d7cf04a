/**
 * Requests to the background worker (runtime.sendMessage) and what each one answers.
 * The background validates every request with BackgroundRequestSchema before acting on it.
 */
import * as v from 'valibot';
import type { Entry } from '../facts/types.ts';
import type { Settings, SiteMode, SiteRule } from '../settings/model.ts';
import type { GlossReason } from '../settings/rules.ts';
import { CountSchema, EntryIdSchema, SettingsPatchSchema, SiteKeySchema, SiteRuleSchema, UrlSchema, describeIssues, request } from './fields.ts';

export const BackgroundRequestSchema = v.variant('type', [
  /** A card fetches its fact text on demand; the content script carries only the dictionary. */
  request('getEntry', { id: EntryIdSchema }),
  request('getSettings', {}),
  /** What the popup shows for a tab: its site, whether Gloss is on there and why. */
  request('getStatus', { url: UrlSchema, isArticle: v.boolean() }),
  /** Sets the site's own rule; null removes it (the site then follows its parent domain or the mode). */
  request('setSiteRule', { site: SiteKeySchema, rule: v.nullable(SiteRuleSchema) }),
  request('setMuted', { id: EntryIdSchema, muted: v.boolean() }),
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

export interface BackgroundResponses {
  getEntry: Entry | null;
  getSettings: Settings;
  getStatus: PageStatus;
  setSiteRule: Settings;
  setMuted: Settings;
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
