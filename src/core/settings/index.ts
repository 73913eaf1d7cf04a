/**
 * Settings: the model, reading and migrating stored data, per-site rules, the page view and the
 * article check. The background is the only writer (src/background/settings-store.ts); the popup
 * and the options page read them through getSettings. A content script never sees them whole: it
 * reads the page view and its own site's rule (page-view.ts) from the page cache the background
 * keeps in storage.local, and re-reads it when storage.onChanged says the cache changed.
 */
export * from './model.ts';
export { migrations, runMigrations, type Migration } from './migrations.ts';
export { parseSettings, diffFromDefaults } from './parse.ts';
export { LOCAL_FILES, siteKey, isRestrictedUrl, siteKeyFromInput, isValidSiteKey, parentSites } from './site-key.ts';
export * from './rules.ts';
export * from './page-view.ts';
export * from './page-cache.ts';
export * from './transfer.ts';
export * from './storage-layout.ts';
