// Search latency per keystroke in the real popup: the popup records a User Timing measure
// ("gloss-search") around every search it runs, and this types the same queries as the Node
// measurement, one key at a time, into the popup opened as a tab.
import type { GlossBrowser } from '../../scripts/harness/index.ts';
import { PATIENCE_MS } from '../../scripts/harness/wait.ts';
import { QUERIES } from './search-node.ts';
import { describeTimes, type TimeSummary } from './stats.ts';

export async function measurePopupSearch(browser: GlossBrowser): Promise<TimeSummary> {
  const popup = await browser.openPopup();
  try {
    await popup.setViewport(380, 600);
    await popup.waitFor(() => document.activeElement?.id === 'gloss-search-input', undefined, PATIENCE_MS);
    for (const query of QUERIES) {
      await popup.type(query);
      await popup.waitFor((q) => document.querySelector<HTMLInputElement>('#gloss-search-input')?.value === q, query, PATIENCE_MS);
      await popup.press('Escape');
      await popup.waitFor(() => document.querySelector<HTMLInputElement>('#gloss-search-input')?.value === '', undefined, PATIENCE_MS);
    }
    const times = await popup.evaluate(() => performance.getEntriesByName('gloss-search').map((e) => e.duration));
    return describeTimes(times);
  } finally {
    await popup.close();
  }
}
