import type { TestPage } from './types.ts';

/**
 * The id of the newest tab whose Gloss content script says it is on `site`, asked from an
 * extension page. Without the `tabs` permission an extension cannot read other tabs' URLs, but
 * it can message their content scripts (listTerms names the site). Tests pass the id to the
 * popup as popup.html?tab=<id>. Polls until the page's content script answers.
 */
export async function tabIdOfSite(extensionPage: TestPage, site: string, timeoutMs = 10_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const id = await extensionPage.evaluate(async (wanted) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
      };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('tabIdOfSite: run it in an extension page');
      const tabs = (await api.tabs.query({})).filter((t) => typeof t.id === 'number');
      let found: number | null = null;
      for (const tab of tabs) {
        try {
          // Undefined where nothing in the tab answered.
          const answer = (await api.tabs.sendMessage(tab.id as number, { type: 'listTerms' })) as { ok?: boolean; value?: { site?: string } } | undefined;
          if (answer?.ok && answer.value?.site === wanted) found = Math.max(found ?? -Infinity, tab.id as number);
        } catch {
          // No content script in that tab (an extension page, about:blank).
        }
      }
      return found;
    }, site);
    if (id !== null) return id;
    if (Date.now() > end) throw new Error(`tabIdOfSite: no tab answered for ${site} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
