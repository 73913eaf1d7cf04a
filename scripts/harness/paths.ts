import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus', 'pages');

export function requireDist(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is not built. Run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  return dir;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name.endsWith('.png') ? name : `${name}.png`);
}
