/**
 * The values a setting may take, as plain data: the gate on every page (content.js) reads
 * SITE_MODES and SITE_RULES without carrying the settings' valibot schemas (model.ts).
 */
export const SITE_MODES = ['articles', 'all-except', 'only-listed'] as const;
/**
 * articles: pages that present themselves as articles, plus sites switched on.
 * all-except: every page except sites switched off.
 * only-listed: only sites switched on.
 */
export type SiteMode = (typeof SITE_MODES)[number];

export const SITE_RULES = ['on', 'off'] as const;
export type SiteRule = (typeof SITE_RULES)[number];

export const HIGHLIGHT_STYLES = ['underline', 'tint', 'none-until-hover'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const MENTION_MODES = ['first', 'every'] as const;
export type MentionMode = (typeof MENTION_MODES)[number];
