import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from './browsers.ts';
import { artifactPath, ROOT } from './paths.ts';

/** The folder README.md's images live in. The e2e run writes them, so they show the current build. */
const README_SCREENSHOTS = join(ROOT, 'tests', 'screenshots');

/**
 * The e2e screenshots README.md shows ("browser-name" as the tests take them) and the file name the
 * README uses for each. A unit test (tests/unit/build.test.ts) checks that every README image is
 * here and that the tests still take every shot named here, so none can quietly go stale.
 */
export const README_SHOTS: Readonly<Record<string, string>> = {
  'chromium-card-light': 'card-light.png',
  'chromium-card-dark': 'card-dark.png',
  'chromium-popup-light': 'popup-search.png',
  'firefox-popup-dark': 'popup-dark-firefox.png',
  'chromium-options-light': 'options.png',
  // The card in English and German, light and dark (tests/e2e/card-language.test.ts); README's
  // table shows Chromium's and links Firefox's.
  'chromium-card-en-light': 'card-en-light.png',
  'chromium-card-en-dark': 'card-en-dark.png',
  'chromium-card-de-light': 'card-de-light.png',
  'chromium-card-de-dark': 'card-de-dark.png',
  'firefox-card-en-light': 'card-en-light-firefox.png',
  'firefox-card-en-dark': 'card-en-dark-firefox.png',
  'firefox-card-de-light': 'card-de-light-firefox.png',
  'firefox-card-de-dark': 'card-de-dark-firefox.png',
};

/**
 * Saves a screenshot under artifacts/ (every run's full set, for both browsers) and, if README.md
 * shows it, over the README's copy too. Returns the artifacts path.
 */
export function saveScreenshot(browser: BrowserName, name: string, png: Uint8Array): string {
  const id = `${browser}-${name}`;
  const path = artifactPath(id);
  writeFileSync(path, png);
  const readme = README_SHOTS[id];
  if (readme) {
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    // Written beside and renamed over, so nobody viewing the README meanwhile sees half an image.
    const target = join(README_SCREENSHOTS, readme);
    writeFileSync(`${target}.${process.pid}.tmp`, png);
    renameSync(`${target}.${process.pid}.tmp`, target);
  }
  return path;
}
