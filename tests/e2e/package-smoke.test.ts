// The store packages, tested as users get them: `node build.mjs --zip` builds them here from the
// source as it is, Chromium loads the Chrome zip unpacked (as the Web Store installs it), and
// Firefox installs the Firefox zip itself. A file the zip leaves out, or one only dist/ holds, shows
// up here and nowhere else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../../scripts/harness/browsers.ts';
import { ALL_BROWSERS, FIXTURES, launchChromium, launchFirefox, ROOT, startStaticServer, type GlossBrowser, type StaticServer } from '../../scripts/harness/index.ts';
import { unzipTo } from '../../scripts/harness/unzip.ts';

const tmp = mkdtempSync(join(tmpdir(), 'gloss-package-smoke-'));
let server: StaticServer;
const packages: Record<'chrome' | 'firefox', string> = { chrome: '', firefox: '' };

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['build.mjs', '--zip', '--quiet', '--outdir', tmp], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) throw new Error(`build.mjs --zip failed:\n${build.stdout}${build.stderr}`);
  for (const browser of ['chrome', 'firefox'] as const) {
    const zip = readdirSync(join(tmp, 'packages')).find((f) => f.startsWith(`gloss-${browser}-`) && f.endsWith('.zip'));
    if (!zip) throw new Error(`build.mjs --zip wrote no ${browser} package`);
    packages[browser] = join(tmp, 'packages', zip);
  }
  server = await startStaticServer({ '/': join(FIXTURES, 'demo') });
  // Closed after the file's tests; a server that did not start has nothing to close.
  return () => server.close();
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function install(name: 'chromium' | 'firefox'): Promise<GlossBrowser> {
  if (name === 'firefox') return launchFirefox({ dist: packages.firefox });
  return launchChromium({ dist: unzipTo(packages.chrome, join(tmp, 'unpacked-chrome')) });
}

for (const name of ALL_BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`package smoke [${name}]`, () => {
    let browser: GlossBrowser | undefined;
    beforeAll(async () => {
      browser = await install(name);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('marks a term on the demo article and opens the popup', async () => {
      if (!browser) throw new Error(`${name} did not launch`);
      const page = await browser.newPage();
      await page.goto(server.url('/article.html'));
      // The walk marks the viewport first and the rest in idle slices, so wait for this term's mark.
      const marked = await page.waitFor(
        (term) => {
          let found = false;
          // Missing where the browser has no Highlight API, though the DOM types say it is there.
          (CSS as { highlights?: HighlightRegistry }).highlights?.forEach((h, key) => {
            if (!key.startsWith('gloss') || key === 'gloss-active') return;
            for (const r of h) {
              const range = document.createRange();
              range.setStart(r.startContainer, r.startOffset);
              range.setEnd(r.endContainer, r.endOffset);
              if (range.toString().startsWith(term)) found = true;
            }
          });
          return found;
        },
        'Power of Siberia',
        15_000,
      );
      expect(marked).toBe(true);

      const popup = await browser.openPopup();
      expect(await popup.waitFor(() => document.querySelector('[role="search"] input') !== null, undefined, 10_000)).toBe(true);
      expect(popup.errors()).toEqual([]);
      expect(page.errors()).toEqual([]);
      expect(browser.externalRequests()).toEqual([]);
    });
  });
}
