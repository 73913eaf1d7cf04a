// bench/RESULTS.md is shared by several runners: `npm run bench` writes the matching report at the
// top, and each other runner owns one section between markers. A rerun replaces its own part and
// leaves the others alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const start = (name: string): string => `<!-- bench:${name} -->`;
const end = (name: string): string => `<!-- /bench:${name} -->`;
const ANY_SECTION = /<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g;

/** `body` wrapped in the markers of section `name`. */
function section(name: string, body: string): string {
  return `${start(name)}\n${body.replace(/\s*$/, '')}\n${end(name)}`;
}

/** Replaces section `name` in the file, or appends it. */
export function writeSection(path: string, name: string, body: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const from = current.indexOf(start(name));
  const to = current.indexOf(end(name));
  const wrapped = section(name, body);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from)}${wrapped}${current.slice(to + end(name).length)}`
      : `${current.replace(/\s*$/, '')}${current.trim() === '' ? '' : '\n\n'}${wrapped}\n`;
  writeFileSync(path, next);
}

/** Writes `main` as the file's new top part, keeping every marked section already in the file. */
export function writeKeepingSections(path: string, main: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const kept = current.match(ANY_SECTION) ?? [];
  writeFileSync(path, [main.replace(/\s*$/, ''), ...kept].join('\n\n') + '\n');
}
