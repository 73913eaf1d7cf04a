// The live preview draws its marks with the content script's highlight names, so content.css
// (linked by options.html) styles them exactly as on a page. These tests fail when either side
// renames a highlight without the other. The preview's terms are the ones the background stores
// for pages; the options page bundles no facts of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_HIGHLIGHTS, previewMarks } from '../../../src/options/preview/preview-marks.ts';
import { categoriesOf, matcherFromStored } from '../../../src/options/preview/stored-terms.ts';
import { buildData } from './options-background.ts';
import { dictionary } from './support.tsx';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// Validating and compiling the built-in glossary is the slow part: once, before the tests start.
beforeAll(async () => {
  await buildData();
}, 120_000);

describe('the preview highlights', () => {
  it('use the names the content script registers', () => {
    const highlighter = read('src/content/scan/highlighter.ts');
    for (const name of Object.values(PREVIEW_HIGHLIGHTS)) expect(highlighter, name).toContain(`'${name}'`);
  });

  it('are drawn by content.css, which options.html links', () => {
    const css = read('src/content/content.css');
    for (const name of [PREVIEW_HIGHLIGHTS.underline, PREVIEW_HIGHLIGHTS.tint, PREVIEW_HIGHLIGHTS.active]) {
      expect(css).toContain(`::highlight(${name})`);
    }
    expect(read('src/options/options.html')).toMatch(/<link rel="stylesheet" href="content\.css">/);
  });
});

describe('previewMarks', () => {
  it('marks the first mention of each term, or every one', async () => {
    const { matcher, entries } = await dictionary();
    const byId = new Map(entries.map((e) => [e.id, e.category]));
    const text = 'Gazprom and SWIFT. Later Gazprom again, and SWIFT.';
    const filter = { muted: [], categoriesOff: [], categoryOf: (id: string) => byId.get(id) };
    const first = previewMarks(matcher, text, { ...filter, mentions: 'first' });
    expect(first.map((m) => text.slice(m.start, m.end))).toEqual(['Gazprom', 'SWIFT']);
    const every = previewMarks(matcher, text, { ...filter, mentions: 'every' });
    expect(every.map((m) => m.start)).toEqual([0, text.indexOf('SWIFT'), text.lastIndexOf('Gazprom'), text.lastIndexOf('SWIFT')]);
    const muted = previewMarks(matcher, text, { ...filter, mentions: 'every', muted: ['swift'] });
    expect(muted.map((m) => m.id)).toEqual(['gazprom', 'gazprom']);
    const noCompanies = previewMarks(matcher, text, { ...filter, mentions: 'every', categoriesOff: ['company'] });
    expect(noCompanies.map((m) => m.id)).toEqual(['swift', 'swift']);
  });
});

describe('the terms the preview reads', () => {
  it('give a matcher and each entry\'s category; anything else gives none', async () => {
    const { dictionary } = await buildData();
    const matcher = matcherFromStored(structuredClone(dictionary));
    expect(matcher?.scan('Gazprom').map((m) => m.id)).toEqual(['gazprom']);
    expect(categoriesOf(matcher)('gazprom')).toBe('company');
    expect(categoriesOf(matcher)('nothing')).toBeUndefined();
    for (const bad of [undefined, null, 'terms', {}, { ...dictionary, version: 1 }, { ...dictionary, buffer: 'AAAA' }, { ...dictionary, rules: null }]) {
      expect(matcherFromStored(bad), (JSON.stringify(bad) as string | undefined)?.slice(0, 40)).toBeNull();
    }
    expect(categoriesOf(null)('gazprom')).toBeUndefined();
  });

  it('are all the options page knows of the facts: it bundles none', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((name) => {
        const path = `${dir}/${name}`;
        return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
      });
    for (const file of files('src/options').filter((f) => /\.tsx?$/.test(f))) {
      expect(read(file), file).not.toMatch(/from 'gloss:(facts|dictionary|builtin)'/);
    }
  });
});
