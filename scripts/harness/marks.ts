import type { TestPage } from './types.ts';

/**
 * Ranges Gloss has marked on the page, read from the highlight registry (page scripts can read
 * it). `gloss-active` only follows the pointer or the open card, so it is not a mark.
 */
export function markedRanges(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('gloss') && name !== 'gloss-active') n += h.size;
    return n;
  });
}

/** Waits until at least `min` ranges are marked, or, with `min` 0, until none are. */
export async function waitForMarks(page: TestPage, min = 1, timeoutMs = 15_000): Promise<void> {
  await page.waitFor(
    (want) => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('gloss') && name !== 'gloss-active') n += h.size;
      return want === 0 ? n === 0 : n >= want;
    },
    min,
    timeoutMs,
  );
}

/**
 * Waits until the page has marks and their number has held still for `quietMs`: the walk goes
 * viewport first and then in idle slices, so a count read at the first mark is not the final one.
 */
export async function waitForStableMarks(page: TestPage, quietMs = 600, timeoutMs = 15_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await markedRanges(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since >= quietMs) {
      return n;
    }
    if (Date.now() > end) throw new Error(`marks did not settle within ${timeoutMs} ms (last count ${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
