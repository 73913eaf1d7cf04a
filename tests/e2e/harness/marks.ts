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
