import { gzipSync } from 'node:zlib';
import type { Entry } from '../../src/core/facts/types.ts';
import { compile, encodeMatcher, nameKey, termSourcesFromEntries, type TermSource } from '../../src/core/match/index.ts';
import type { Language } from '../../src/core/facts/vocabulary.ts';
import { readFactsFiles } from '../../src/cli/lib/facts-files.ts';
import type { PageDict } from '../page/entry.ts';
import { seeded } from '../../scripts/lib/seeded.ts';
import { WORDS } from './words.ts';

export interface BenchDict extends PageDict {
  real: number;
  generated: number;
  rawBytes: number;
  gzipBytes: number;
}

interface Term {
  id: string;
  text: string;
  caseSensitive: boolean;
  /** Real names keep their language, so the compiler adds their inflected forms as on a real page. */
  lang?: Language | undefined;
}

/** Every alias of the real facts files, as (id, text) pairs in file order. */
export async function realTerms(factsDir: string): Promise<Term[]> {
  const files = await readFactsFiles(factsDir).catch(() => []);
  const entries = files.flatMap((f) => {
    const list = (f.data as { entries?: unknown } | undefined)?.entries;
    return Array.isArray(list) ? (list as unknown[]) : [];
  });
  // Read straight from the files, unvalidated: keep what looks like an entry.
  const looksLikeEntry = (e: unknown): e is Entry => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string' && typeof (e as { title?: unknown }).title === 'object';
  return termSourcesFromEntries(entries.filter(looksLikeEntry))
    .flatMap((s) => s.terms.map((t) => ({ id: s.id, text: t.text, caseSensitive: t.caseSensitive, lang: t.lang })));
}

/** Two- and three-word phrases from WORDS, distinct from each other and from the real terms. */
function generatedTerms(count: number, taken: Set<string>): Term[] {
  const random = seeded(20_240_601);
  const out: Term[] = [];
  while (out.length < count) {
    const n = random() < 0.6 ? 2 : 3;
    const words = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const text = words.map((w, i) => (i === 0 || random() < 0.3 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' ');
    const key = nameKey(text);
    if (taken.has(key)) continue;
    taken.add(key);
    out.push({ id: `generated-${out.length}`, text, caseSensitive: false });
  }
  return out;
}

/** The dictionary of `size` terms: real aliases first (an even sample when there are more), then generated ones. */
export function buildDict(size: number, real: Term[]): BenchDict {
  const step = real.length / Math.min(size, real.length || 1);
  const picked = real.length <= size ? real : Array.from({ length: size }, (_, i) => real[Math.floor(i * step)]!);
  const taken = new Set(picked.map((t) => nameKey(t.text, t.caseSensitive)));
  const terms = [...picked, ...generatedTerms(size - picked.length, taken)];
  const sources = new Map<string, TermSource>();
  for (const t of terms) {
    let s = sources.get(t.id);
    if (!s) sources.set(t.id, (s = { id: t.id, terms: [] }));
    s.terms.push({ text: t.text, caseSensitive: t.caseSensitive, lang: t.lang });
  }
  // As a page gets it: the stored form (JSON with one base64 buffer).
  const compiled = encodeMatcher(compile([...sources.values()]));
  const json = JSON.stringify(compiled);
  return {
    size,
    compiled,
    texts: terms.map((t) => t.text),
    real: picked.length,
    generated: terms.length - picked.length,
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gzipSync(json, { level: 9 }).length,
  };
}
