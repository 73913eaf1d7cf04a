import { afterAll, beforeAll, describe } from 'vitest';
import { browserAvailable, type BrowserName } from './browsers.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { GlossBrowser } from './types.ts';

export type { GlossBrowser, TestPage } from './types.ts';
export { startStaticServer, type StaticServer } from '../lib/static-server.ts';
export { CORPUS, FIXTURES, ROOT } from './paths.ts';
export { launchChromium, launchFirefox };
export { askProbe, cardButton, cardClosed, cardOpen, probeCard, waitForCard, type CardTimeline } from './probe.ts';

export const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox'];

function launch(name: BrowserName): Promise<GlossBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

/**
 * Declares the same suite once per browser. Each suite shares one browser for the whole file,
 * launched before its first test and closed after its last. A missing browser is a loud skip on a
 * developer machine and a failure on CI.
 */
export function describeInBrowsers(
  title: string,
  body: (ctx: { readonly browser: GlossBrowser; readonly name: BrowserName }) => void,
  browsers: BrowserName[] = ALL_BROWSERS,
): void {
  for (const name of browsers) {
    describe.skipIf(!browserAvailable(name))(`${title} [${name}]`, () => {
      let instance: GlossBrowser | undefined;
      beforeAll(async () => {
        instance = await launch(name);
      });
      afterAll(async () => {
        await instance?.close();
      });
      body({
        name,
        get browser() {
          if (!instance) throw new Error(`${name} did not launch`);
          return instance;
        },
      });
    });
  }
}
