import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/ui/citation.ts';
import { contentLanguage } from '../../../src/ui/content-language.ts';
import { dateFormatter } from '../../../src/ui/format-date.ts';
import { DE, EN, factOf, fixtureEntry } from './support.tsx';

const PAGE = 'https://www.example.com/world/2025/09/pipeline-story?ref=front';
const TASS_TITLE = 'Проект позволит поставлять из России в Монголию 50 млрд кубометров газа ежегодно';
const TASS = `Source: TASS, "${TASS_TITLE}", 2 September 2025, https://tass.ru/ekonomika/24930321`;
const NEWS_RU =
  'Source: News.ru, "Замена «Северным потокам»: что известно о газопроводе «Сила Сибири — 2»", 2 September 2025, https://news.ru/economics/zamena-severnym-potokam-chto-izvestno-o-gazoprovode-sila-sibiri-2';
const POLON = 'Source: Polon.pl (citing the Financial Times), "Brak kluczowych uzgodnień: Siła Syberii 2", January 2024, https://polon.pl/?p=8615';
const MT =
  'Source: The Moscow Times (citing Reuters), "Russia\'s Power of Siberia 2 Deal With China Would Take a Decade to Boost Gas Exports – Reuters", 7 October 2025, https://www.themoscowtimes.com/2025/10/07/russias-power-of-siberia-2-deal-with-china-would-take-a-decade-to-boost-gas-exports-reuters-a90744';
const FT_NOTE = 'Financial Times figure (Jan 2024) quoted by polon.pl, including about 950 km in Mongolia.';
const PRICE_NOTE = 'Reuters, citing industry sources. Energy minister Tsivilev said the financing scheme would be set in 2026 (TASS, 4 Sep 2025).';

const entry = fixtureEntry();
/** English UI on an English (or unknown) page; German UI on a German page; English UI on a German page. */
const en = { t: EN.t, formatDate: dateFormatter(EN.locale), content: contentLanguage(entry, null, EN.locale) };
const de = { t: DE.t, formatDate: dateFormatter(DE.locale), content: contentLanguage(entry, 'de', DE.locale) };
const enOnDe = { t: EN.t, formatDate: dateFormatter(EN.locale), content: contentLanguage(entry, 'de', EN.locale) };

function fact(label: string) {
  const e = fixtureEntry();
  return { entry: e, fact: factOf(e, label) };
}

describe('citationText', () => {
  it('cites a simple fact on one line with its source and the page', () => {
    expect(citationText({ ...fact('Planned capacity'), pageUrl: PAGE, ...en })).toBe(
      `Power of Siberia 2 — Planned capacity: 50 bcm a year (as of 2 September 2025). ${TASS} — Seen on ${PAGE} (via Gloss)`,
    );
  });

  it('ends with "(via Gloss)" when there is no page', () => {
    expect(citationText({ ...fact('Planned capacity'), ...en })).toBe(
      `Power of Siberia 2 — Planned capacity: 50 bcm a year (as of 2 September 2025). ${TASS} — (via Gloss)`,
    );
    expect(citationText({ ...fact('Planned capacity'), pageUrl: '  ', ...en })).toMatch(/— \(via Gloss\)$/);
  });

  it('keeps each value of a disputed figure next to its own source', () => {
    expect(citationText({ ...fact('Planned length (whole route)'), pageUrl: PAGE, ...en })).toBe(
      [
        `Power of Siberia 2 — Planned length (whole route): about 6,700 km (as of September 2025). ${NEWS_RU}`,
        `Also reported: 3,550 km — ${FT_NOTE} ${POLON}`,
        `Seen on ${PAGE} (via Gloss)`,
      ].join('\n'),
    );
  });

  it('carries the note of a fact, and writes dates and words in the content language', () => {
    expect(citationText({ ...fact('Price, financing and start date'), pageUrl: PAGE, ...en })).toBe(
      [`Power of Siberia 2 — Price, financing and start date: Not agreed (as of 7 October 2025). ${MT}`, `Note: ${PRICE_NOTE}`, `Seen on ${PAGE} (via Gloss)`].join('\n'),
    );
    expect(citationText({ ...fact('Memorandum on construction signed'), ...en })).toMatch(/^Power of Siberia 2 — Memorandum on construction signed: 2 September 2025 \(as of/);
  });

  it('cites the whole entry: title, summary, every fact with its source, the page', () => {
    expect(citationText({ entry: fixtureEntry(), pageUrl: PAGE, ...en })).toBe(
      [
        'Power of Siberia 2',
        entry.summary.en,
        '',
        `- Planned capacity: 50 bcm a year (as of 2 September 2025). ${TASS}`,
        `- Planned length (whole route): about 6,700 km (as of September 2025). ${NEWS_RU}`,
        `  Also reported: 3,550 km — ${FT_NOTE} ${POLON}`,
        `- Price, financing and start date: Not agreed (as of 7 October 2025). ${MT}`,
        `  Note: ${PRICE_NOTE}`,
        `- Memorandum on construction signed: 2 September 2025 (as of 2 September 2025). ${TASS}`,
        `- Expected first gas: 2031 (as of 7 October 2025). ${MT}`,
        '',
        `Seen on ${PAGE} (via Gloss)`,
      ].join('\n'),
    );
  });

  it('speaks German with a German translator on a German page', () => {
    expect(citationText({ ...fact('Planned capacity'), pageUrl: PAGE, ...de })).toBe(
      'Kraft Sibiriens 2 — Geplante Kapazität: 50 Mrd. m³ pro Jahr (Stand: 2. September 2025). ' +
        `Quelle: TASS, „${TASS_TITLE}“, 2. September 2025, ` +
        `https://tass.ru/ekonomika/24930321 — Gesehen auf ${PAGE} (über Gloss)`,
    );
    const lines = citationText({ entry: fixtureEntry(), ...de }).split('\n');
    expect(lines[0]).toBe('Kraft Sibiriens 2');
    expect(lines[1]).toBe(entry.summary.de);
    expect(lines).toContain('- Bau-Memorandum unterzeichnet: 2. September 2025 (Stand: 2. September 2025). ' + `Quelle: TASS, „${TASS_TITLE}“, 2. September 2025, https://tass.ru/ekonomika/24930321`);
  });

  it('cites German content in the English UI: the entry in German, Gloss\'s own words in English', () => {
    expect(citationText({ ...fact('Planned length (whole route)'), ...enOnDe }).split('\n')[0]).toBe(
      `Kraft Sibiriens 2 — Geplante Länge (Gesamtstrecke): etwa 6.700 km (as of September 2025). ${NEWS_RU}`,
    );
  });

  it('adds a full stop only where a sentence lacks one', () => {
    const { entry: e, fact: f } = fact('Planned length (whole route)');
    const alt = f.alternatives?.[0];
    if (alt === undefined) throw new Error('fixture changed');
    alt.note = { en: 'Counts only the new pipe', de: 'x' };
    f.note = { en: 'Figures differ by method', de: 'x' };
    const lines = citationText({ entry: e, fact: f, ...en }).split('\n');
    expect(lines[1]).toBe(`Also reported: 3,550 km — Counts only the new pipe. ${POLON}`);
    expect(lines[2]).toBe('Note: Figures differ by method.');
  });
});
