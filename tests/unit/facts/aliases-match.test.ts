import { describe, expect, it } from 'vitest';
import { readFactsFiles } from '../../../src/cli/lib/facts-files.ts';
import { localToday } from '../../../src/core/facts/dates.ts';
import type { Entry } from '../../../src/core/facts/types.ts';
import { LANGUAGES } from '../../../src/core/facts/types.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import { compile, createMatcher, termSourcesFromEntries } from '../../../src/core/match/index.ts';
import { asInput, REAL_FACTS, TODAY, validExample } from './support.ts';

/**
 * Spaces, dashes and quotes separate words for the matcher (src/core/match/README.md, rule 1), and
 * a match starts and ends at a word: "операция «Железные мечи»" is marked without its closing quote.
 */
const EDGE_SEPARATORS = /^[\s\p{Pd}\p{Pi}\p{Pf}"'„‚`´]+|[\s\p{Pd}\p{Pi}\p{Pf}"'„‚`´]+$/gu;

/**
 * For each name (the title in every language and every alias), a sentence that contains it must
 * yield a match for that entry covering exactly the name. Catches names the normaliser or the
 * word-boundary rule cannot find (stray marks, punctuation at the edges) and names shadowed by
 * another entry. Names a context rule governs are left out: alone in a sentence they rightly match
 * nothing.
 */
function unmatchedNames(entries: Entry[]): string[] {
  const matcher = createMatcher(compile(termSourcesFromEntries(entries)));
  const failures: string[] = [];
  for (const entry of entries) {
    const ruled = new Set((entry.context ?? []).flatMap((rule) => rule.names));
    const titles = LANGUAGES.flatMap((lang) => entry.title[lang] ?? []);
    const names = [...titles, ...LANGUAGES.flatMap((lang) => entry.aliases[lang])].filter((name) => !ruled.has(name));
    for (const name of names) {
      const prefix = 'Heute: ';
      const sentence = `${prefix}${name}, laut Bericht.`;
      const core = name.replace(EDGE_SEPARATORS, '');
      const start = prefix.length + name.indexOf(core);
      const want = { start, end: start + core.length, id: entry.id };
      const got = matcher.scan(sentence).map(({ start: s, end, id }) => ({ start: s, end, id }));
      if (!got.some((m) => m.start === want.start && m.end === want.end && m.id === want.id)) {
        failures.push(`${entry.id}: ${JSON.stringify(name)} gave ${JSON.stringify(got)}`);
      }
    }
  }
  return failures;
}

describe('every title and alias of every entry is found by the matcher in a sentence that contains it', () => {
  it('in the crafted example', () => {
    const { entries, errors } = validateFacts([asInput(validExample())], { today: TODAY });
    expect(errors).toEqual([]);
    expect(unmatchedNames(entries)).toEqual([]);
  });

  it('and the check itself fails for a name the matcher gives to another entry', () => {
    const { entries } = validateFacts([asInput(validExample())], { today: TODAY });
    const [pos2, gazprom] = entries;
    if (pos2 === undefined || gazprom === undefined) throw new Error('example changed');
    // Validation forbids this; built by hand to prove the check can fail.
    const shadowed: Entry = { ...gazprom, aliases: { ...gazprom.aliases, en: ['Power of Siberia-2'] } };
    expect(unmatchedNames([pos2, shadowed])).toEqual([
      'gazprom: "Power of Siberia-2" gave [{"start":7,"end":25,"id":"power-of-siberia-2"}]',
    ]);
  });

  it('in the bundled facts files', async () => {
    const { entries } = validateFacts(await readFactsFiles(REAL_FACTS), { today: localToday() });
    // Entries that fail validation are checked by real-facts.test.ts; this needs some to exist.
    expect(entries.length, 'no valid entries in src/facts').toBeGreaterThan(0);
    expect(unmatchedNames(entries)).toEqual([]);
  });
});
