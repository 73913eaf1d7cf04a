import { pick, textIn } from '../core/facts/localize.ts';
import type { AlternativeValue, Entry, Fact, Source } from '../core/facts/types.ts';
import type { FormatDate } from './format-date.ts';
import { figureLine, figureText, type ValueFormat } from './format-value.ts';
import type { Translate } from './i18n.tsx';

export interface CitationInput {
  entry: Entry;
  /** One fact of the entry; without it the whole entry is cited (title, summary, every fact). */
  fact?: Fact;
  /** The page the reader was on; omitted (popup search) gives no "Seen on" part. */
  pageUrl?: string;
  /** Dates inside Gloss's own phrases ("as of …", "Source: …"), in the UI language. */
  formatDate: FormatDate;
  /** The wording ("Source:", "as of", "Seen on") follows the UI language. */
  t: Translate;
  /** The language the card shows the entry in (content-language.ts): the same text, numbers and units. */
  content: ValueFormat;
}

function sourceText(source: Source, input: CitationInput): string {
  return input.t('card_citeSource', [source.publisher, source.title, input.formatDate(source.date), source.url]);
}

/** Ends `text` with a full stop unless it already ends a sentence ("…Mongolia." stays as it is). */
function sentence(text: string): string {
  return /[.!?…]["'”»“)]*$/.test(text) ? text : `${text}.`;
}

function noteOf(item: { note?: Fact['note'] }, input: CitationInput): string {
  return pick(item.note, input.content.chain)?.text.trim() ?? '';
}

function valueOf(item: Pick<Fact, 'value' | 'unit'>, input: CitationInput): string {
  return figureLine(figureText(item.value, item.unit, input.content));
}

function alternativeLine(alt: AlternativeValue, input: CitationInput): string {
  const value = input.t('card_citeAlsoReported', valueOf(alt, input));
  const note = noteOf(alt, input);
  return `${sentence(note === '' ? value : `${value} — ${note}`)} ${sourceText(alt.source, input)}`;
}

/** The main line of a fact, then one line per other source's value, then its note. */
function factLines(fact: Fact, input: CitationInput): string[] {
  const asOf = input.t('card_asOf', input.formatDate(fact.asOf));
  const label = textIn(fact.label, input.content.chain);
  const lines = [`${label}: ${valueOf(fact, input)} (${asOf}). ${sourceText(fact.source, input)}`];
  for (const alt of fact.alternatives ?? []) lines.push(alternativeLine(alt, input));
  const note = noteOf(fact, input);
  if (note !== '') lines.push(sentence(input.t('card_citeNote', note)));
  return lines;
}

function closing(input: CitationInput): string {
  const url = input.pageUrl?.trim();
  return url === undefined || url === '' ? input.t('card_citeVia') : input.t('card_citeSeenOn', url);
}

/**
 * Plain text for the clipboard, in the language the card shows. A single simple fact fits on one line:
 * `Power of Siberia 2 — Planned capacity: 50 bcm a year (as of 2 September 2025). Source: TASS,
 * "…", 2 September 2025, https://… — Seen on https://… (via Gloss)`.
 * A fact with other values or a note, and the whole entry, take one line per part, so every
 * figure stays next to its own source. Nothing here is HTML; it is pasted as text.
 */
export function citationText(input: CitationInput): string {
  const { entry, fact } = input;
  const title = textIn(entry.title, input.content.chain) || entry.id;
  if (fact !== undefined) {
    const [first = '', ...rest] = factLines(fact, input);
    const head = `${title} — ${first}`;
    return rest.length === 0 ? `${head} — ${closing(input)}` : [head, ...rest, closing(input)].join('\n');
  }
  const blocks = entry.facts.map((f) => {
    const [first = '', ...rest] = factLines(f, input);
    return [`- ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
  });
  return [title, textIn(entry.summary, input.content.chain), '', ...blocks, '', closing(input)].join('\n');
}
