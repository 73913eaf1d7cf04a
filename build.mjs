#!/usr/bin/env node
// Builds Gloss for Chrome and Firefox from one source tree and one manifest.
//
//   node build.mjs            production build (minified, no sourcemaps) into dist/chrome and dist/firefox
//   node build.mjs --dev      unminified, inline sourcemaps
//   node build.mjs --watch    rebuild incrementally on change (implies nothing about --dev)
//   node build.mjs --zip      production build, then store-ready zips in dist/packages/
//   node build.mjs --metafile also writes dist/meta.json (esbuild's per-input sizes)
//   --outdir DIR, --facts DIR  build somewhere else, from other facts (used by the build's own tests)
//
// The facts files are validated and the term dictionary precompiled on every build; an invalid facts
// file fails the build with one line per problem (file, entry, field). Each dist folder gets a
// build-stamp.json (a hash of the inputs) so the browser tests can refuse a stale dist/.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inputsHash, STAMP_FILE } from './scripts/harness/build-stamp.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--name VALUE` options; tests use them to build elsewhere and from other facts. */
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]) : undefined;
};
const watch = args.has('--watch');
const zip = args.has('--zip');
const dev = args.has('--dev') && !zip;
const quiet = args.has('--quiet');
const log = (...a) => quiet || console.log(...a);

const DIST = option('--outdir') ?? join(root, 'dist');
const STAGE = join(DIST, '.stage');
const TARGETS = { chrome: join(DIST, 'chrome'), firefox: join(DIST, 'firefox') };
const FACTS_DIR = option('--facts') ?? join(root, 'src', 'facts');
/** Facts from elsewhere are inputs too; the stamp names them so a check can hash them again. */
const EXTRA_INPUTS = option('--facts') ? [FACTS_DIR] : [];

/** Classic scripts, one per context: the worker, the gate every page loads, and the two pages. */
const ENTRIES = {
  background: 'src/background/main.ts',
  content: 'src/content/gate/main.ts',
  popup: 'src/popup/main.tsx',
  options: 'src/options/main.tsx',
};
/**
 * ES modules the gate imports only where they are needed (manifest web_accessible_resources). Each
 * is self-contained: Chrome serves them from a per-session URL (use_dynamic_url), from which a
 * module cannot import a shared chunk by a relative path.
 */
const MODULES = {
  'content-scan': 'src/content/page/module.ts',
  'content-card': 'src/content/card/module.ts',
};

/** Static files copied as they are: [from, to] relative to the root and to each dist folder. */
const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/options/options.html', 'options.html'],
  ['src/content/content.css', 'content.css'],
  ['src/_locales', '_locales'],
  ...[16, 32, 48, 128].map((s) => [`icons/gloss-${s}.png`, `icons/gloss-${s}.png`]),
];

// ---------------------------------------------------------------------------------------------
// Build data: the build-time half of the facts pipeline lives in TypeScript (src/cli/lib/build-data.ts),
// so it is bundled for Node once and imported here.

async function importBuildData() {
  const out = join(root, 'node_modules', '.cache', 'gloss', `build-data-${process.pid}.mjs`);
  mkdirSync(dirname(out), { recursive: true });
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/lib/build-data.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(out, { force: true });
  }
}

/**
 * Resolves `gloss:builtin` to the built-in glossary (header and validated entries), `gloss:facts`
 * to its entries and `gloss:dictionary` to its compiled terms.
 */
function buildDataPlugin(buildData) {
  let cached;
  return {
    name: 'gloss-build-data',
    setup(build) {
      build.onStart(() => {
        cached = undefined;
      });
      build.onResolve({ filter: /^gloss:(builtin|facts|dictionary)$/ }, (a) => ({ path: a.path, namespace: 'gloss-data' }));
      build.onLoad({ filter: /.*/, namespace: 'gloss-data' }, async (a) => {
        const watchFiles = readdirSync(FACTS_DIR).map((n) => join(FACTS_DIR, n));
        try {
          cached ??= await buildData.loadBuildData({ factsDir: FACTS_DIR });
        } catch (e) {
          return { errors: [{ text: `Invalid facts in ${relative(root, FACTS_DIR)}/:\n${e instanceof Error ? e.message : e}` }], watchFiles, watchDirs: [FACTS_DIR] };
        }
        const value = a.path === 'gloss:builtin' ? cached.glossary : a.path === 'gloss:facts' ? cached.entries : cached.dictionary;
        return { contents: JSON.stringify(value), loader: 'json', watchFiles, watchDirs: [FACTS_DIR] };
      });
    },
  };
}

/**
 * Takes the one HTML sink out of Preact: `dangerouslySetInnerHTML`, which Gloss never uses (a unit
 * test keeps it that way). Every string Gloss renders then goes through text nodes, and web-ext lint
 * has no innerHTML assignment left to warn about. The build fails if Preact's code changes shape.
 */
function preactWithoutInnerHtml() {
  const SINK = /(\w+)\.innerHTML=(\w+)\.__html/g;
  return {
    name: 'gloss-preact-no-inner-html',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs|js)$/ }, (a) => {
        const source = readFileSync(a.path, 'utf8');
        const found = source.match(SINK)?.length ?? 0;
        if (found !== 1) {
          return { errors: [{ text: `${relative(root, a.path)}: expected one dangerouslySetInnerHTML assignment, found ${found}; update preactWithoutInnerHtml in build.mjs` }] };
        }
        return { contents: source.replace(SINK, 'void 0'), loader: 'js' };
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Manifests: one source, two variants.

function manifestFor(browser) {
  const m = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  m.version = version;
  if (browser === 'chrome') {
    // Chrome runs the service worker; `scripts` and the gecko block only draw store warnings there.
    delete m.background.scripts;
    delete m.browser_specific_settings;
  } else {
    // Firefox runs `scripts` as an event page and ignores `service_worker` (web-ext lint says so, once).
    delete m.minimum_chrome_version;
  }
  return m;
}

function copyStatic(to) {
  for (const [from, dest] of STATIC) {
    const src = join(root, from);
    if (!existsSync(src)) throw new Error(`build: missing static file ${from}`);
    cpSync(src, join(to, dest), { recursive: true });
  }
}

/**
 * Copies the staged bundles into each browser's folder and writes its manifest and build stamp. Each
 * folder is filled beside the old one and swapped in with two renames, so a browser (or a test)
 * reading dist/ during a watch rebuild never finds it half empty, nor a stamp from another build.
 */
function publish(stamp) {
  for (const [browser, dir] of Object.entries(TARGETS)) {
    const next = `${dir}.next`;
    const old = `${dir}.old`;
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    cpSync(STAGE, next, { recursive: true });
    copyStatic(next);
    writeFileSync(join(next, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
    writeFileSync(join(next, STAMP_FILE), JSON.stringify(stamp, null, 2) + '\n');
    rmSync(old, { recursive: true, force: true });
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(next, dir);
    rmSync(old, { recursive: true, force: true });
  }
}

function sizes(metafile) {
  return Object.entries(metafile.outputs)
    .filter(([f]) => f.endsWith('.js'))
    .map(([f, o]) => `${relative(STAGE, join(root, f))} ${(o.bytes / 1024).toFixed(1)} KB`)
    .join(', ');
}

async function zipAll() {
  const webExt = (await import('web-ext')).default;
  const out = join(DIST, 'packages');
  mkdirSync(out, { recursive: true });
  const version = manifestFor('chrome').version;
  for (const [browser, dir] of Object.entries(TARGETS)) {
    const filename = `gloss-${browser}-${version}.zip`;
    await webExt.cmd.build(
      // The stamp only tells the tests which sources a folder came from; users gain nothing from it.
      { sourceDir: dir, artifactsDir: out, filename, overwriteDest: true, ignoreFiles: ['**/*.map', STAMP_FILE] },
      { shouldExitProgram: false, showReadyMessage: false },
    );
    log(`build: ${relative(root, join(out, filename))}`);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Both builds (classic scripts and modules) report here; dist/ is published once both have
 * succeeded with the same inputs, so it never mixes an old gate with a new page module.
 */
function publisher(count) {
  let stamp;
  const results = new Map();
  return (name) => ({
    name: `gloss-publish-${name}`,
    setup(build) {
      // Hashed before esbuild reads a file: an edit made during the build leaves an older hash in
      // the stamp, so the tests call the result stale rather than fresh.
      build.onStart(() => {
        stamp = { inputs: inputsHash(root, EXTRA_INPUTS), ...(EXTRA_INPUTS.length ? { extraInputs: EXTRA_INPUTS } : {}), mode: dev ? 'dev' : 'production' };
        results.delete(name);
      });
      build.onEnd((result) => {
        if (result.errors.length) {
          if (watch) console.error(`build: failed (${result.errors.length} error(s)); waiting for changes`);
          return;
        }
        results.set(name, result.metafile);
        if (results.size < count) return;
        publish(stamp);
        const metafile = { inputs: {}, outputs: {} };
        for (const m of results.values()) {
          Object.assign(metafile.inputs, m.inputs);
          Object.assign(metafile.outputs, m.outputs);
        }
        // Size audits (bench/content, and anyone asking "what made content.js big?") read this.
        if (args.has('--metafile')) writeFileSync(join(DIST, 'meta.json'), JSON.stringify(metafile));
        log(`build: ${dev ? 'dev' : 'production'} -> ${relative(root, TARGETS.chrome) || '.'}, ${relative(root, TARGETS.firefox)} (${sizes(metafile)})`);
      });
    },
  });
}

async function main() {
  const buildData = await importBuildData();
  rmSync(STAGE, { recursive: true, force: true });
  const publishing = publisher(2);
  const common = {
    absWorkingDir: root,
    outdir: STAGE,
    bundle: true,
    target: ['chrome128', 'firefox142'],
    // Both targets have had \p{…} in regular expressions for years (Chrome 64, Firefox 78). esbuild
    // still rewrites such literals as `new RegExp(…)` for any browser target (evanw/esbuild#3471),
    // and a constructor call is not known to be pure: valibot's emoji pattern, which Gloss never
    // uses, then stayed in every bundle and was compiled on every article page (about 0.5 ms).
    supported: { 'regexp-unicode-property-escapes': true },
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    // Cyrillic and Persian aliases stay as UTF-8 rather than \uXXXX escapes: a third of a bundle otherwise.
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    logLevel: 'warning',
    define: { 'import.meta.env.DEV': JSON.stringify(dev) },
  };
  const builds = [
    {
      ...common,
      entryPoints: ENTRIES,
      // The Chrome service worker and the content script cannot load ES modules, and the pages gain
      // nothing from them.
      format: 'iife',
      plugins: [buildDataPlugin(buildData), preactWithoutInnerHtml(), publishing('scripts')],
    },
    {
      ...common,
      entryPoints: MODULES,
      format: 'esm',
      splitting: false,
      plugins: [buildDataPlugin(buildData), preactWithoutInnerHtml(), publishing('modules')],
    },
  ];

  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    log('build: watching for changes (Ctrl+C to stop)');
    return;
  }
  try {
    // One after the other: the second publishes once both are done.
    for (const options of builds) await esbuild.build(options);
  } catch {
    // esbuild has already printed each error with its location.
    process.exitCode = 1;
    return;
  } finally {
    rmSync(STAGE, { recursive: true, force: true });
  }
  if (zip) await zipAll();
}

await main();
