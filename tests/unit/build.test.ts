import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { zipEntries } from '../support/zip-entries.ts';
import { STAMP_FILE, staleReason } from '../../scripts/harness/build-stamp.mjs';
import { requireDist } from '../../scripts/harness/paths.ts';
import { GLOSSARY_HEADER_FILE } from '../../src/cli/lib/facts-files.ts';
import { README_SHOTS } from '../../scripts/harness/screenshots.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'gloss-build-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(...args: string[]) {
  return spawnSync(process.execPath, ['build.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

interface Manifest {
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } };
    gecko_android?: { strict_min_version: string };
  };
  minimum_chrome_version?: string;
  content_scripts: Array<{ js: string[]; css: string[] }>;
  icons: Record<string, string>;
  action: { default_popup: string };
  options_ui: { page: string };
  permissions: string[];
  [key: string]: unknown;
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** A facts file of `dir` (not a schema, not the glossary header). */
const factsFileIn = (dir: string): string => {
  const file = readdirSync(dir).find((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== GLOSSARY_HEADER_FILE);
  if (file === undefined) throw new Error(`no facts file in ${dir}`);
  return file;
};

/** The facts file's text with its first entry's English summary replaced, still valid. */
function withFirstSummary(text: string, summary: string): string {
  const data = JSON.parse(text) as { entries: Array<{ summary: Record<string, string> }> };
  const [first] = data.entries;
  if (first === undefined) throw new Error('a facts file without entries');
  first.summary['en'] = summary;
  const changed = JSON.stringify(data, null, 2);
  if (changed === text) throw new Error('the summary did not change');
  return changed;
}

describe('build.mjs (production)', () => {
  const out = join(tmp, 'prod');
  beforeAll(() => {
    const r = build('--outdir', out, '--quiet');
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  it('writes a Chrome manifest with the service worker only and the oldest Chrome that has every API', () => {
    const m = manifest(join(out, 'chrome'));
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    // caretPositionFromPoint arrived in Chrome 128, the Custom Highlight API in 105.
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(128);
  });

  it('writes a Firefox manifest with both background keys, the gecko id and no data collection', () => {
    const m = manifest(join(out, 'firefox'));
    expect(m.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions and the Custom Highlight API arrived in Firefox 140 on desktop;
    // Firefox for Android reads the data key only from 142.
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(m.browser_specific_settings?.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it('ships every file the manifests name, minified and without sourcemaps', async () => {
    for (const browser of ['chrome', 'firefox']) {
      const dir = join(out, browser);
      const m = manifest(dir);
      const files = [
        m.background.service_worker!,
        ...m.content_scripts.flatMap((c) => [...c.js, ...c.css]),
        ...Object.values(m.icons),
        m.action.default_popup,
        m.options_ui.page,
        '_locales/en/messages.json',
        '_locales/de/messages.json',
      ];
      for (const f of files) expect(existsSync(join(dir, f)), `${browser}/${f}`).toBe(true);
      for (const js of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(dir, js), 'utf8');
        expect(code, js).not.toContain('sourceMappingURL');
        // Minifying minified code again gains almost nothing; readable code shrinks by a third or more.
        const again = (await transform(code, { minify: true, loader: 'js' })).code;
        expect(again.length / code.length, js).toBeGreaterThan(0.95);
      }
      expect(readdirSync(dir).some((f) => f.endsWith('.map'))).toBe(false);
    }
  });

  it('keeps \\p{…} patterns as literals, so a library pattern Gloss never uses is left out (valibot\'s emoji)', () => {
    for (const browser of ['chrome', 'firefox']) {
      const dir = join(out, browser);
      for (const js of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(dir, js), 'utf8');
        expect(code, js).not.toContain('Emoji_Modifier');
        expect(code, js).not.toMatch(/RegExp\(\s*["'`][^"'`]*\\\\p\{/);
      }
    }
  });

  it('asks for no permission beyond storage, contextMenus and activeTab, and never for remote code', () => {
    const m = manifest(join(out, 'chrome'));
    expect([...m.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('host_permissions');
  });

  it('exposes only the two lazily loaded content modules, each from a per-session URL in Chrome', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(join(out, browser));
      expect(m.web_accessible_resources, browser).toEqual([
        { resources: ['content-scan.js', 'content-card.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true },
      ]);
      // The files are there, as ES modules, and the gate every page runs carries neither the
      // scanner's nor the card's code (it loads them).
      const files = readdirSync(join(out, browser));
      expect(files).toEqual(expect.arrayContaining(['content.js', 'content-scan.js', 'content-card.js']));
      const gate = readFileSync(join(out, browser, 'content.js'), 'utf8');
      expect(gate).toContain('content-scan.js');
      expect(gate).not.toContain('gloss-card__');
      expect(readFileSync(join(out, browser, 'content-card.js'), 'utf8')).toContain('gloss-card__');
    }
  });

  it('ships no HTML sink: no innerHTML assignment from a variable, and no dangerouslySetInnerHTML in src/', () => {
    for (const browser of ['chrome', 'firefox']) {
      const dir = join(out, browser);
      for (const js of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(dir, js), 'utf8');
        // `x.innerHTML=""` (clearing) is harmless; anything else assigned could carry markup.
        expect(code.match(/\.innerHTML\s*=(?!=)\s*(?!""|'')[^,;)]*/g) ?? [], `${browser}/${js}`).toEqual([]);
      }
    }
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
    const users = sources(join(ROOT, 'src')).filter((f) => readFileSync(f, 'utf8').includes('dangerouslySetInnerHTML'));
    expect(users).toEqual([]);
  });
});

describe('build.mjs --zip', () => {
  it('writes store-ready zips for both browsers with no sourcemaps inside', () => {
    const out = join(tmp, 'zip');
    const r = build('--zip', '--outdir', out, '--quiet');
    expect(r.status, r.stderr).toBe(0);
    const packages = readdirSync(join(out, 'packages'));
    expect(packages.sort()).toEqual([expect.stringMatching(/^gloss-chrome-.*\.zip$/), expect.stringMatching(/^gloss-firefox-.*\.zip$/)]);
    for (const zip of packages) {
      const names = zipEntries(join(out, 'packages', zip));
      expect(names).toContain('manifest.json');
      expect(names).toContain('content.js');
      expect(names.filter((n) => n.endsWith('.map'))).toEqual([]);
      // The stamp is for the tests; it stays in dist/ and out of what users install.
      expect(names).not.toContain(STAMP_FILE);
    }
    expect(existsSync(join(out, 'chrome', STAMP_FILE))).toBe(true);
  }, 120_000);
});

describe('build.mjs build stamp', () => {
  // Built from a copy of the facts, so the test can change an input without touching the checkout.
  const facts = join(tmp, 'stamp-facts');
  const out = join(tmp, 'stamp');
  beforeAll(() => {
    cpSync(join(ROOT, 'src/facts'), facts, { recursive: true });
    const r = build('--outdir', out, '--facts', facts, '--quiet');
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  it('stamps both folders with the same hash of the inputs, and calls a fresh build fresh', () => {
    const stamp = (browser: string) => JSON.parse(readFileSync(join(out, browser, STAMP_FILE), 'utf8')) as { inputs: string; mode: string };
    expect(stamp('chrome').inputs).toMatch(/^[0-9a-f]{64}$/);
    expect(stamp('firefox')).toEqual(stamp('chrome'));
    expect(stamp('chrome').mode).toBe('production');
    expect(staleReason(join(out, 'chrome'), ROOT)).toBeUndefined();
    expect(requireDist(join(out, 'firefox'))).toBe(join(out, 'firefox'));
  });

  it('calls the build stale once an input changes, in one line that says to rebuild', () => {
    const file = factsFileIn(facts);
    const before = readFileSync(join(facts, file), 'utf8');
    try {
      writeFileSync(join(facts, file), withFirstSummary(before, 'Changed.'));
      const reason = staleReason(join(out, 'chrome'), ROOT);
      expect(reason).toMatch(/is older than the source .*; run npm run build$/);
      expect(reason).not.toContain('\n');
      expect(() => requireDist(join(out, 'chrome'))).toThrow(reason);
    } finally {
      writeFileSync(join(facts, file), before);
    }
    expect(staleReason(join(out, 'chrome'), ROOT)).toBeUndefined();
  });

  it('calls a folder without a stamp stale, unless the caller chose it (an unpacked store zip)', () => {
    const unstamped = join(tmp, 'unstamped');
    cpSync(join(out, 'chrome'), unstamped, { recursive: true });
    rmSync(join(unstamped, STAMP_FILE));
    expect(staleReason(unstamped, ROOT)).toMatch(/has no build stamp\); run npm run build$/);
    expect(() => requireDist(unstamped)).toThrow(/run npm run build/);
    expect(requireDist(unstamped, true)).toBe(unstamped);
  });
});

describe('build.mjs with invalid facts', () => {
  it('fails, naming the file, the entry and the field', () => {
    const r = build('--outdir', join(tmp, 'bad'), '--facts', join(ROOT, 'tests/fixtures/facts-bad/url-not-https'), '--quiet');
    expect(r.status).not.toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/Invalid facts/);
    expect(out).toMatch(/\.json: entry "[a-z0-9-]+": facts\[\d+\]\.source\.url: must be an https URL/);
  }, 120_000);
});

describe('build.mjs --watch', () => {
  it('rebuilds when a facts file changes', async () => {
    const facts = join(tmp, 'facts');
    cpSync(join(ROOT, 'src/facts'), facts, { recursive: true });
    const out = join(tmp, 'watch');
    const child = spawn(process.execPath, ['build.mjs', '--watch', '--dev', '--outdir', out, '--facts', facts], { cwd: ROOT });
    let log = '';
    onTestFailed(() => console.error(`build --watch log:\n${log}`));
    // The build prints a line after each build is published (files and stamp in place), so each
    // condition is checked whenever it prints: no polling, no sleeping.
    const checks = new Set<() => void>();
    const onOutput = (d: Buffer): void => {
      log += d.toString();
      for (const check of checks) check();
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    const waitFor = (pred: () => boolean, what: string): Promise<void> =>
      new Promise((resolve, reject) => {
        const holds = (): boolean => {
          try {
            return pred();
          } catch {
            return false; // a folder mid-swap
          }
        };
        const settle = (): void => {
          checks.delete(check);
          child.off('exit', onExit);
        };
        const check = (): void => {
          if (!holds()) return;
          settle();
          resolve();
        };
        const onExit = (code: number | null): void => {
          settle();
          reject(new Error(`build --watch exited (${code}) before ${what}; log:\n${log}`));
        };
        checks.add(check);
        child.on('exit', onExit);
        check();
      });
    try {
      await waitFor(() => /watching/.test(log) && existsSync(join(out, 'chrome', 'background.js')), 'the first build');
      const file = factsFileIn(facts);
      const marker = `Rebuilt-by-watch-${process.pid}-${Math.random().toString(36).slice(2)}`;
      writeFileSync(join(facts, file), withFirstSummary(readFileSync(join(facts, file), 'utf8'), marker));
      await waitFor(() => readFileSync(join(out, 'chrome', 'background.js'), 'utf8').includes(marker), 'the rebuild');
      // Each rebuild stamps its folder anew, so a watched dist/ never looks stale to the tests.
      expect(staleReason(join(out, 'chrome'), ROOT)).toBeUndefined();
    } finally {
      child.kill();
    }
  }, 120_000);
});

describe('README screenshots', () => {
  // The e2e run writes README.md's images (scripts/harness/screenshots.ts). A renamed shot or a new
  // README image would otherwise stop being refreshed without anyone noticing.
  it('are each one an e2e test still takes', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/\]\(tests\/screenshots\/([^)]+)\)/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect([...new Set(shown)].sort()).toEqual(Object.values(README_SHOTS).sort());
    const e2e = join(ROOT, 'tests', 'e2e');
    const tests = readdirSync(e2e)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(e2e, f), 'utf8'))
      .join('\n');
    for (const id of Object.keys(README_SHOTS)) {
      const name = id.replace(/^(chromium|firefox)-/, '');
      expect(tests, `no e2e test takes screenshot('${name}')`).toMatch(new RegExp(`\\.screenshot\\('${name}'\\)`));
    }
  });
});
