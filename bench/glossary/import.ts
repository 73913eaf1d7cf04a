// Import and live pickup with the real extension, in Chromium (playwright-core) or Firefox ESR
// (puppeteer-core over WebDriver BiDi). An article tab is open first, served from 127.0.0.1: the
// e2e fixture arctic-article.html with one more paragraph naming the first generated entries. The
// options page then gets a generated file through its Glossaries import input, as the e2e test
// gives it (Chromium: a click on "Import a glossary…" and the file chooser; Firefox: input.setFiles).
// One clock runs from just before the file is handed over until
//   - import: the options page lists the glossary AND the page cache's terms stamp (gloss.view's
//     `terms`, written right after gloss.terms) is no longer the one before the import;
//   - live pickup: every probe name is marked on the open article tab (CSS.highlights, read from
//     the page's main world as content-probes.ts glossHighlights does), which never reloads.
// Between rounds the glossary is removed (removeGlossary, as the options page sends it) and the
// marks and the old stamp come back. Never asserts: a failure is reported with the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from '../../scripts/harness/browsers.ts';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { glossHighlights } from '../../scripts/harness/content-probes.ts';
import { launchFirefox } from '../../scripts/harness/firefox.ts';
import { extensionMessenger, messageBackground } from '../../scripts/harness/tab-messages.ts';
import type { GlossBrowser, TestPage } from '../../scripts/harness/types.ts';
import { PATIENCE_MS, waitFor } from '../../scripts/harness/wait.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { openOptions } from '../../tests/e2e/support/glossary-options.ts';
import { median } from '../lib/stats.ts';
import type { GeneratedGlossary } from './generate.ts';

/** How long one import may take before the round is given up (a 10,000-entry file on 2 busy cores). */
const IMPORT_TIMEOUT_MS = 240_000;
const POLL_MS = 20;
/** The one built-in term on the article: it must be marked before and after every round. */
const BUILTIN_NAME = 'Arctic LNG 2';

export interface ImportRound {
  /** File handed over → listed and the page cache rewritten. */
  importMs: number;
  /** File handed over → every probe name marked on the open tab. */
  pickupMs: number;
}

interface ImportSize {
  size: number;
  rounds: ImportRound[];
  /** storage.local.get('gloss.terms') from an extension page once imported: median of 3 (a content script reads the same). */
  storageReadMs: number | null;
  errors: string[];
}

export interface BrowserImport {
  browser: string;
  version: string;
  sizes: ImportSize[];
  errors: string[];
}

interface ExtStorage {
  chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };
}

function browserVersion(name: BrowserName): string {
  const bin = name === 'chromium' ? 'chromium' : 'firefox-esr';
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim() || name;
}

/** The e2e article with a paragraph that names the generated glossaries' first entries (the same in every size). */
function livePage(fixtures: string, probes: string[]): string {
  const article = readFileSync(join(fixtures, 'glossary', 'arctic-article.html'), 'utf8');
  const paragraph = `<p>Analysts at the desk also follow ${probes.slice(0, -1).join(', ')} and ${probes.at(-1) ?? ''} closely this season.</p>\n`;
  if (!article.includes('</article>')) throw new Error('arctic-article.html has no </article> to add the probe paragraph before');
  return article.replace('</article>', `${paragraph}</article>`);
}

const marked = async (page: TestPage): Promise<string[]> =>
  Object.entries(await page.evaluate(glossHighlights))
    .filter(([name]) => name !== 'gloss-active')
    .flatMap(([, texts]) => texts);

/** The options page's view of the import: listed, the current terms stamp, the status line. */
function optionsState(page: TestPage, id: string): Promise<{ listed: boolean; stamp: string | null; status: string }> {
  return page.evaluate(async (glossaryId) => {
    const view = (await (globalThis as unknown as ExtStorage).chrome.storage.local.get(['gloss.view']))['gloss.view'] as { terms?: unknown } | undefined;
    return {
      listed: document.querySelector(`.gloss-glossary-list [data-glossary-id="${glossaryId}"]`) !== null,
      stamp: typeof view?.terms === 'string' ? view.terms : null,
      status: document.querySelector('#gloss-glossaries-status')?.textContent ?? '',
    };
  }, id);
}

function storageRead(page: TestPage): Promise<number> {
  return page.evaluate(async () => {
    const t = performance.now();
    const got = await (globalThis as unknown as ExtStorage).chrome.storage.local.get(['gloss.terms']);
    const ms = performance.now() - t;
    if (typeof got['gloss.terms'] !== 'object') throw new Error('no gloss.terms in storage.local');
    return ms;
  });
}

export async function measureImports(name: BrowserName, dist: string, fixtures: string, glossaries: Array<{ g: GeneratedGlossary; rounds: number }>, log: (line: string) => void): Promise<BrowserImport> {
  const result: BrowserImport = { browser: name === 'chromium' ? 'Chromium' : 'Firefox', version: browserVersion(name), sizes: [], errors: [] };
  const probes = glossaries[0]?.g.probes ?? [];
  const server = await startStaticServer({}, { '/live.html': { body: livePage(fixtures, probes) } });
  let browser: GlossBrowser | undefined;
  try {
    browser = name === 'chromium' ? await launchChromium({ dist: join(dist, 'chrome'), probe: false }) : await launchFirefox({ dist: join(dist, 'firefox'), probe: false });
    const b = browser;
    // Firefox sends messages from an extension page: open it before the article, as the e2e test does.
    await extensionMessenger(b);
    const article = await b.newPage();
    await article.setViewport(1100, 800);
    await article.goto(server.url('/live.html'));
    await waitFor(async () => (await marked(article)).includes(BUILTIN_NAME), { what: 'the built-in mark on the article', timeout: PATIENCE_MS });
    const early = (await marked(article)).filter((t) => probes.includes(t));
    if (early.length > 0) result.errors.push(`marked before any import (the bench's names are not new): ${early.join(', ')}`);
    const options = await openOptions(b);
    const builtinStamp = (await optionsState(options.page, '')).stamp;

    for (const { g, rounds } of glossaries) {
      const size: ImportSize = { size: g.entries, rounds: [], storageReadMs: null, errors: [] };
      result.sizes.push(size);
      for (let r = 0; r < rounds; r++) {
        try {
          const before = (await optionsState(options.page, g.id)).stamp;
          const started = Date.now();
          await options.pickFile(g.file);
          let importMs: number | null = null;
          let pickupMs: number | null = null;
          while (importMs === null || pickupMs === null) {
            const now = Date.now();
            if (now - started > IMPORT_TIMEOUT_MS) throw new Error(`gave up after ${IMPORT_TIMEOUT_MS / 1000} s (imported: ${importMs !== null}, marked: ${pickupMs !== null})`);
            if (importMs === null) {
              const state = await optionsState(options.page, g.id);
              if (state.status.includes('did not import')) throw new Error(`refused: ${state.status}`);
              if (state.listed && state.stamp !== null && state.stamp !== before) importMs = Date.now() - started;
            }
            if (pickupMs === null) {
              const texts = await marked(article);
              if (probes.every((p) => texts.includes(p))) pickupMs = Date.now() - started;
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          }
          size.rounds.push({ importMs, pickupMs });
          log(`bench: ${name}: ${g.entries} entries, round ${r + 1}: import ${(importMs / 1000).toFixed(2)} s, marked on the open tab ${(pickupMs / 1000).toFixed(2)} s`);
          if (size.storageReadMs === null) {
            const reads: number[] = [];
            for (let i = 0; i < 3; i++) reads.push(await storageRead(options.page));
            size.storageReadMs = median(reads);
          }
        } catch (e) {
          const message = `${g.entries} entries, round ${r + 1}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
          size.errors.push(message);
          log(`bench: ${name}: ${message}`);
        }
        // Back to the built-in glossary alone before the next round (also after a failed one).
        try {
          await messageBackground(b, { type: 'removeGlossary', id: g.id });
          await waitFor(
            async () => {
              const texts = await marked(article);
              const state = await optionsState(options.page, g.id);
              return !state.listed && state.stamp === builtinStamp && texts.includes(BUILTIN_NAME) && !probes.some((p) => texts.includes(p));
            },
            { what: `the article and the options page without ${g.id}`, timeout: IMPORT_TIMEOUT_MS },
          );
        } catch (e) {
          const message = `${g.entries} entries: could not return to the built-in glossary alone (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); stopping this browser`;
          result.errors.push(message);
          log(`bench: ${name}: ${message}`);
          return result;
        }
      }
    }
    return result;
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    result.errors.push(message);
    log(`bench: ${name}: ${message}`);
    return result;
  } finally {
    await browser?.close();
    await server.close();
  }
}
