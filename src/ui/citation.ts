import type { AlternativeValue, Entry, Fact, Source } from '../core/facts/types.ts';
import type { FormatDate } from './format-date.ts';
import type { Translate } from './i18n.tsx';
import { valueWithUnit } from './value.ts';

export interface CitationInput {
  entry: Entry;
  /** One fact of the entry; without it the whole entry is cited (title, summary, every fact). */
  fact?: Fact;
  /** The page the reader was on; omitted (popup search) gives no "Seen on" part. */
  pageUrl?: string;
  formatDate: FormatDate;
  /** The wording ("Source:", "as of", "Seen on") follows the UI language. */
  t: Translate;
}

function sourceText(source: Source, input: CitationInput): string {
  return input.t('card_citeSource', [source.publisher, source.title, input.formatDate(source.date), source.url]);
}

/** Ends `text` with a full stop unless it already ends a sentence ("…Mongolia." stays as it is). */
function sentence(text: string): string {
  return /[.!?…]["'”»)]*$/.test(text) ? text : `${text}.`;
}

function alternativeLine(alt: AlternativeValue, input: CitationInput): string {
  const value = input.t('card_citeAlsoReported', valueWithUnit(alt.value, alt.unit));
  const note = alt.note === undefined || alt.note.trim() === '' ? '' : ` — ${alt.note.trim()}`;
  return `${sentence(`${value}${note}`)} ${sourceText(alt.source, input)}`;
}

/** The main line of a fact, then one line per other source's value, then its note. */
function factLines(fact: Fact, input: CitationInput): string[] {
  const asOf = input.t('card_asOf', input.formatDate(fact.asOf));
  const lines = [`${fact.label}: ${valueWithUnit(fact.value, fact.unit)} (${asOf}). ${sourceText(fact.source, input)}`];
  for (const alt of fact.alternatives ?? []) lines.push(alternativeLine(alt, input));
  if (fact.note !== undefined && fact.note.trim() !== '') lines.push(sentence(input.t('card_citeNote', fact.note.trim())));
  return lines;
}

function closing(input: CitationInput): string {
  const url = input.pageUrl?.trim();
  return url === undefined || url === '' ? input.t('card_citeVia') : input.t('card_citeSeenOn', url);
}

/**
 * Plain text for the clipboard. A single simple fact fits on one line:
 * `Power of Siberia 2 — Capacity: 50 bcm per year (as of 2 September 2025). Source: RIA Novosti,
 * "…", 2 September 2025, https://… — Seen on https://… (via Gloss)`.
 * A fact with other values or a note, and the whole entry, take one line per part, so every
 * figure stays next to its own source. Nothing here is HTML; it is pasted as text.
 */
export function citationText(input: CitationInput): string {
  const { entry, fact } = input;
  if (fact !== undefined) {
    const [first = '', ...rest] = factLines(fact, input);
    const head = `${entry.title} — ${first}`;
    return rest.length === 0 ? `${head} — ${closing(input)}` : [head, ...rest, closing(input)].join('\n');
  }
  const blocks = entry.facts.map((f) => {
    const [first = '', ...rest] = factLines(f, input);
    return [`- ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
  });
  return [entry.title, entry.summary, '', ...blocks, '', closing(input)].join('\n');
}
