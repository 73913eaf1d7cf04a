/** Valibot schemas for the values that travel in messages, shared by both directions. */
import * as v from 'valibot';
import { CATEGORIES, ENTRY_ID } from '../facts/vocabulary.ts';
import { SITE_RULES, SettingsSchemas } from '../settings/model.ts';
import { GLOSS_REASONS } from '../settings/decide.ts';

export const EntryIdSchema = v.pipe(v.string(), v.maxLength(200), v.regex(ENTRY_ID, 'not an entry id'));
/** Long enough for any page URL worth asking about; a data: URL of megabytes is not one. */
export const UrlSchema = v.pipe(v.string(), v.maxLength(65_536));
export const SiteRuleSchema = v.picklist(SITE_RULES);
export const ReasonSchema = v.picklist(GLOSS_REASONS);
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

/** The settings' own schemas (settings/model.ts), each optional; the background clamps the delay. */
export const SettingsPatchSchema = v.strictObject({
  enabled: v.optional(SettingsSchemas.enabled),
  siteMode: v.optional(SettingsSchemas.siteMode),
  highlightStyle: v.optional(SettingsSchemas.highlightStyle),
  mentions: v.optional(SettingsSchemas.mentions),
  hoverDelayMs: v.optional(SettingsSchemas.hoverDelayMs),
  categoriesOff: v.optional(v.pipe(SettingsSchemas.categoriesOff, v.maxLength(CATEGORIES.length * 2))),
});

/** A request schema: a strict object (unknown keys are refused) with a literal `type`. */
export const request = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.strictObject({ type: v.literal(type), ...entries });

/** The first validation problem, as "path: message", for the 'invalid-message' error. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid message';
  const path = first.path?.map((item) => String(item.key)).join('.') ?? '';
  return path ? `${path}: ${first.message}` : first.message;
}
