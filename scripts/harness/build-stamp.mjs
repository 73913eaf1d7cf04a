// The build stamp: a hash of everything build.mjs reads, written into each dist folder by the build
// and checked by the browser harness before it loads that folder, so a test never runs a dist/ that
// is older than the source. Plain JavaScript because build.mjs (run by Node without TypeScript)
// imports it too; build-stamp.d.mts types it for the harness.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Inside dist/chrome and dist/firefox, so it swaps in with its folder; the store zips leave it out. */
export const STAMP_FILE = 'build-stamp.json';

/**
 * What the build reads, relative to the root: the sources and facts, the icons, the manifest, the
 * version in package.json, the locked dependencies, the compiler settings, and the build itself.
 */
const BUILD_INPUTS = ['src', 'icons', 'manifest.json', 'package.json', 'package-lock.json', 'tsconfig.json', 'build.mjs', 'scripts/harness/build-stamp.mjs'];

/** Editor droppings (swap files, backups, .DS_Store) are not inputs: saving a file must not need a rebuild twice. */
const ignored = (name) => name.startsWith('.') || name.endsWith('~');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => !ignored(name))
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/**
 * One hash over the path and content of every input file. `extra` adds inputs outside the usual set
 * (build.mjs --facts DIR); inside it they count once.
 */
export function inputsHash(root, extra = []) {
  const paths = [...new Set([...BUILD_INPUTS.map((p) => join(root, p)), ...extra.map((p) => resolve(p))].flatMap(files))].sort();
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(relative(root, path).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(path));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Reads the stamp build.mjs left in `dir`, or undefined if there is none or it is unreadable. */
export function readStamp(dir) {
  try {
    const stamp = JSON.parse(readFileSync(join(dir, STAMP_FILE), 'utf8'));
    return typeof stamp?.inputs === 'string' ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why `dir` must not be tested, in one line, or undefined if it was built from the source as it is
 * now. A folder without a stamp counts as stale: an older build.mjs wrote it.
 */
export function staleReason(dir, root) {
  const stamp = readStamp(dir);
  if (stamp && stamp.inputs === inputsHash(root, stamp.extraInputs ?? [])) return undefined;
  const rel = relative(root, dir).split('\\').join('/');
  const shown = rel && !rel.startsWith('..') ? rel : dir;
  const where = shown.startsWith('dist/') ? 'dist/' : shown;
  return `${where} is older than the source (${shown} ${stamp ? 'was built from other inputs' : 'has no build stamp'}); run npm run build`;
}
