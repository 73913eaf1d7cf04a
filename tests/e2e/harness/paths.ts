import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
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
