/**
 * Settings: the model, reading and migrating stored data, per-site rules and the article check.
 * The background is the only writer (src/background/settings-store.ts); other contexts read.
 *
 * A content script decides and stays live like this (it must react within a second when the
 * reader switches its site off in another tab, without the `tabs` permission):
 *
 *   const background = createBackgroundClient((m) => browser.runtime.sendMessage(m));
 *   async function evaluate() {
 *     const answer = await background.request({ type: 'getSettings' });
 *     const settings = answer.ok ? answer.value : defaultSettings();
 *     const site = siteKey(location.href);            // null: restricted, do nothing
 *     const isArticle = site !== null && needsArticleCheck(settings, site) && isArticlePage(document);
 *     const decision = isGlossOn(settings, location.href, isArticle);
 *     // start or stop highlighting, apply highlightStyle / mentions / muted / categoriesOff …
 *     await background.request({ type: 'reportPage', distinct, state: pageStateOf(decision) });
 *   }
 *   browser.storage.onChanged.addListener((changes, area) => {
 *     if (isSettingsChange(changes, area)) void evaluate();
 *   });
 *
 * Asking again (rather than rebuilding settings from the change) keeps one reader of the storage
 * layout (sync, or local as a fallback) and costs one message, a few milliseconds.
 */
export * from './model.ts';
export { migrations, runMigrations, type Migration, type MigrationOutcome, type RawSettings } from './migrations.ts';
export { parseSettings, diffFromDefaults, type ParsedSettings } from './parse.ts';
export { LOCAL_FILES, siteKey, isRestrictedUrl, siteKeyFromInput, isValidSiteKey, parentSites } from './site-key.ts';
export * from './rules.ts';
export * from './transfer.ts';
export * from './storage-layout.ts';
export { isArticlePage, articleSignal, ARTICLE_MIN_TEXT, type ArticleSignal } from './article-check.ts';
