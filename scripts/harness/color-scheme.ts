import type { GlossBrowser, TestPage } from './types.ts';

/**
 * Switches prefers-color-scheme for `page` and waits until its colours have settled. Chromium
 * emulates per page; Firefox (see firefox.ts) switches every page of the browser at once.
 */
export async function setColorScheme(_browser: GlossBrowser, page: TestPage, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateColorScheme(scheme);
  // Colours fade over ~120 ms: a screenshot or a contrast check taken mid-way sees neither scheme.
  await page.waitFor(() => document.getAnimations().every((a) => a.playState !== 'running'));
}
