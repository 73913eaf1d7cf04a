// Rules the popup and the options page live by, checked on their sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = ['src/popup', 'src/options', 'src/core/search', 'src/ui/controls'].flatMap((d) => files(join(ROOT, d)));

describe('popup and options sources', () => {
  it('never listen to runtime messages (the background must be the only one that answers)', () => {
    const offenders = sources.filter((f) => /onMessage\s*\.\s*addListener/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('never write storage themselves (the background is the only writer)', () => {
    const offenders = sources.filter((f) => /storage\s*\.\s*(sync|local|session)\s*\.\s*(set|remove|clear)\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('keep the search index free of browser globals', () => {
    const search = sources.filter((f) => f.includes(join('src', 'core', 'search')));
    expect(search.length).toBeGreaterThan(0);
    for (const f of search) expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toMatch(/\b(window|document|browser|chrome)\s*[.[]/);
  });

  it('stay small: no file over 300 lines', () => {
    const long = sources.filter((f) => readFileSync(f, 'utf8').split('\n').length > 300);
    expect(long.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('the popup bundle', () => {
  it('carries no entries: search, cards and titles come from the background', () => {
    const popup = files(join(ROOT, 'src/popup'));
    const offenders = popup.filter((f) => /from\s+['"]gloss:(facts|builtin|dictionary)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
    // Nor the search engine: the background builds and queries the index.
    const engine = popup.filter((f) => /core\/search\/(index|search-index)\.ts['"]|from\s+['"]minisearch['"]/.test(readFileSync(f, 'utf8').replace(/import type [^;]+;/g, '')));
    expect(engine.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
