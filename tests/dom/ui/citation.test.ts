import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/ui/citation.ts';
import { dateFormatter } from '../../../src/ui/format-date.ts';
import { DE, EN, fixtureEntry } from './support.tsx';

const PAGE = 'https://www.example.com/world/2025/09/pipeline-story?ref=front';
const RIA = 'Source: RIA Novosti, "Gazprom and CNPC sign memorandum on Power of Siberia 2", 2 September 2025, https://ria.ru/20250902/memorandum-2038999572.html';
const NEWS_RU =
  'Source: news.ru, "What is known about the Power of Siberia 2 pipeline", 2 September 2025, https://news.ru/economics/zamena-severnym-potokam-chto-izvestno-o-gazoprovode-sila-sibiri-2';
const FT =
  'Source: Financial Times, "Russia and China move closer to new gas pipeline deal", 3 September 2025, https://www.channelnewsasia.com/world/russia-china-move-closer-new-gas-pipeline-deal-5329616';
const CNA =
  'Source: CNA, "Russia, China move closer to new gas pipeline deal", 3 September 2025, https://www.channelnewsasia.com/world/russia-china-move-closer-new-gas-pipeline-deal-5329616';

const en = { t: EN.t, formatDate: dateFormatter(EN.locale) };
const de = { t: DE.t, formatDate: dateFormatter(DE.locale) };

function fact(label: string) {
  const entry = fixtureEntry();
  const found = entry.facts.find((f) => f.label === label);
  if (found === undefined) throw new Error(`no fact ${label}`);
  return { entry, fact: found };
}

describe('citationText', () => {
  it('cites a simple fact on one line with its source and the page', () => {
    expect(citationText({ ...fact('Capacity'), pageUrl: PAGE, ...en })).toBe(
      `Power of Siberia 2 — Capacity: 50 bcm per year (as of 2 September 2025). ${RIA} — Seen on ${PAGE} (via Gloss)`,
    );
  });

  it('ends with "(via Gloss)" when there is no page', () => {
    expect(citationText({ ...fact('Capacity'), ...en })).toBe(
      `Power of Siberia 2 — Capacity: 50 bcm per year (as of 2 September 2025). ${RIA} — (via Gloss)`,
    );
    expect(citationText({ ...fact('Capacity'), pageUrl: '  ', ...en })).toMatch(/— \(via Gloss\)$/);
  });

  it('keeps each value of a disputed figure next to its own source', () => {
    expect(citationText({ ...fact('Total length'), pageUrl: PAGE, ...en })).toBe(
      [
        `Power of Siberia 2 — Total length: 6,700 km (as of September 2025). ${NEWS_RU}`,
        `Also reported: 3,550 km — Counts only the new pipe, 950 km of it in Mongolia. ${FT}`,
        `Seen on ${PAGE} (via Gloss)`,
      ].join('\n'),
    );
  });

  it('carries the note of a fact', () => {
    expect(citationText({ ...fact('Status'), pageUrl: PAGE, ...en })).toBe(
      [
        `Power of Siberia 2 — Status: Legally binding memorandum signed; price not agreed (as of 3 September 2025). ${CNA}`,
        'Note: China did not name the pipeline in its own statement.',
        `Seen on ${PAGE} (via Gloss)`,
      ].join('\n'),
    );
  });

  it('cites the whole entry: title, summary, every fact with its source, the page', () => {
    const entry = fixtureEntry();
    expect(citationText({ entry, pageUrl: PAGE, ...en })).toBe(
      [
        'Power of Siberia 2',
        entry.summary,
        '',
        `- Capacity: 50 bcm per year (as of 2 September 2025). ${RIA}`,
        `- Total length: 6,700 km (as of September 2025). ${NEWS_RU}`,
        `  Also reported: 3,550 km — Counts only the new pipe, 950 km of it in Mongolia. ${FT}`,
        `- Status: Legally binding memorandum signed; price not agreed (as of 3 September 2025). ${CNA}`,
        '  Note: China did not name the pipeline in its own statement.',
        `- Contract term: 30 years (as of 2 September 2025). ${RIA}`,
        '',
        `Seen on ${PAGE} (via Gloss)`,
      ].join('\n'),
    );
  });

  it('speaks German with a German translator', () => {
    expect(citationText({ ...fact('Capacity'), pageUrl: PAGE, ...de })).toBe(
      'Power of Siberia 2 — Capacity: 50 bcm per year (Stand: 2. September 2025). ' +
        'Quelle: RIA Novosti, „Gazprom and CNPC sign memorandum on Power of Siberia 2“, 2. September 2025, ' +
        `https://ria.ru/20250902/memorandum-2038999572.html — Gesehen auf ${PAGE} (über Gloss)`,
    );
  });

  it('adds a full stop only where a sentence lacks one', () => {
    const { entry, fact: f } = fact('Total length');
    const alt = f.alternatives?.[0];
    if (alt === undefined) throw new Error('fixture changed');
    alt.note = 'Counts only the new pipe';
    f.note = 'Figures differ by method';
    const lines = citationText({ entry, fact: f, ...en }).split('\n');
    expect(lines[1]).toBe(`Also reported: 3,550 km — Counts only the new pipe. ${FT}`);
    expect(lines[2]).toBe('Note: Figures differ by method.');
  });
});
