import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStamp, staleReason } from './build-stamp.mjs';

/**
 * The project root: the nearest folder above this module with Gloss's package.json. Found by
 * walking up because scripts/run-ts.mjs bundles this file into node_modules/.cache first.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'gloss') return dir;
    if (dirname(dir) === dir) throw new Error(`no Gloss package.json above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
/**
 * Where the e2e tests take the built extension from: dist/, or a build of one's own
 * (`node build.mjs --outdir DIR`, then GLOSS_DIST=DIR). With several people editing one checkout,
 * a private build keeps one person's test run from being refused as stale by another's edit; the
 * shared dist/ is always checked against the source.
 */
const PRIVATE_DIST = process.env['GLOSS_DIST'] ? resolve(process.env['GLOSS_DIST']) : undefined;
export const DIST_CHROME = join(PRIVATE_DIST ?? join(ROOT, 'dist'), 'chrome');
export const DIST_FIREFOX = join(PRIVATE_DIST ?? join(ROOT, 'dist'), 'firefox');
const ARTIFACTS = join(ROOT, 'artifacts');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'pages');

/**
 * Returns `dir` if it holds a build of the source as it is now; otherwise throws one line that says
 * to rebuild, before any browser starts. The shared dist/ must carry a current stamp. A folder the
 * caller chose is checked if it has a stamp; one without (an unpacked store zip) is taken as it is.
 */
export function requireDist(dir: string, chosenByCaller = false): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built. Run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  if ((chosenByCaller || PRIVATE_DIST !== undefined) && !readStamp(dir)) return dir;
  // A private build is the developer's own snapshot: taken as built.
  if (PRIVATE_DIST !== undefined && dir.startsWith(PRIVATE_DIST)) return dir;
  const stale = staleReason(dir, ROOT);
  if (stale) throw new Error(stale);
  return dir;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name.endsWith('.png') ? name : `${name}.png`);
}
