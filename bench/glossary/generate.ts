// Generated glossary files for the glossary benchmark: valid files in the real format (the options
// page and `npm run glossary -- check` accept them), an English title and three English aliases
// per entry, so 10,000 entries carry about 30,000 aliases besides their titles. Names are two or
// three common news words (bench/lib/words.ts), as in the matching benchmark: page text then walks
// deep into the automaton, as real names do. Seeded: the same files on every run, and entry i is
// the same in every size, so one page can carry names every size knows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_FORMAT, GLOSSARY_VERSION } from '../../src/core/facts/glossary.ts';
import { CATEGORIES } from '../../src/core/facts/vocabulary.ts';
import { nameKey } from '../../src/core/match/index.ts';
import { seeded } from '../../scripts/lib/seeded.ts';
import { WORDS } from '../lib/words.ts';

const ALIASES = 3;
/** A date in the past on any day the bench runs (facts may not be dated after today). */
const DATE = '2025-06-01';

export interface GeneratedGlossary {
  id: string;
  file: string;
  entries: number;
  /** Aliases only; every entry's title is one more name. */
  aliases: number;
  bytes: number;
  /** Titles of the first entries: the live-pickup page shows them. */
  probes: string[];
}

const capitalise = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** `count` distinct names (by the matcher's key), none of them in `taken`. The sequence does not depend on `count`. */
function names(count: number, taken: ReadonlySet<string>): string[] {
  const random = seeded(20_261_202);
  const seen = new Set(taken);
  const out: string[] = [];
  while (out.length < count) {
    const n = random() < 0.55 ? 2 : 3;
    const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    if (new Set(words).size < words.length) continue;
    const text = words.map((w, i) => (i === 0 || random() < 0.5 ? capitalise(w) : w)).join(' ');
    const key = nameKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

function entry(i: number, title: string, aliases: string[]): Record<string, unknown> {
  const source = (n: number) => ({
    publisher: 'Gloss benchmark',
    title: `Generated source ${n} of entry ${i}`,
    url: `https://example.org/gloss-bench/${i}/${n}`,
    date: DATE,
  });
  return {
    id: `term-${i}`,
    category: CATEGORIES[i % CATEGORIES.length],
    title: { en: title },
    summary: { en: `${title}: generated entry ${i} of the glossary benchmark. Not real reporting; its facts are numbers made up for the bench.` },
    aliases: { en: aliases, de: [], ru: [], fa: [] },
    caseSensitive: [],
    facts: [1, 2, 3].map((n) => ({ label: { en: `Figure ${n}` }, value: { number: i * 10 + n, approx: 'about' }, unit: 'km', asOf: DATE, source: source(n) })),
    related: i > 0 ? [`term-${i - 1}`] : [],
    reviewed: DATE,
  };
}

/**
 * Writes `gloss-bench-SIZE.json` into `dir`. `avoid`: name keys the glossary must not claim (the
 * built-in glossary's), so its terms never shadow or are shadowed by built-in ones.
 */
export function writeGeneratedGlossary(dir: string, size: number, avoid: ReadonlySet<string>): GeneratedGlossary {
  const all = names(size * (1 + ALIASES), avoid);
  const entries = Array.from({ length: size }, (_, i) => {
    const [title, ...aliases] = all.slice(i * (1 + ALIASES), (i + 1) * (1 + ALIASES));
    return entry(i, title!, aliases);
  });
  const id = `gloss-bench-${size}`;
  const glossary = {
    format: GLOSSARY_FORMAT,
    version: GLOSSARY_VERSION,
    id,
    name: `Benchmark ${size.toLocaleString('en-US')}`,
    description: `A generated glossary of ${size} entries for npm run bench -- glossary. Not real reporting.`,
    languages: ['en'],
    publisher: 'Gloss benchmark',
    license: 'CC0 1.0',
    updated: DATE,
    entries,
  };
  const text = JSON.stringify(glossary);
  const file = join(dir, `${id}.json`);
  writeFileSync(file, text);
  return {
    id,
    file,
    entries: size,
    aliases: size * ALIASES,
    bytes: Buffer.byteLength(text),
    probes: entries.slice(0, 3).map((e) => (e['title'] as { en: string }).en),
  };
}
