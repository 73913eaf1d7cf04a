/**
 * What each folder under tests/fixtures/facts-bad must produce: every error, in order. Each folder
 * is the crafted valid example (tests/unit/facts/valid-example.json, in the v2 format of
 * notes/facts-v2.md) with one rule of the format broken; the folder name says which.
 */
export interface ExpectedIssue {
  /** File name inside the folder. */
  file: string;
  id?: string;
  field: string;
  /** A part of the message that states the rule. */
  message: string;
}

const PS2 = 'power-of-siberia-2';
/** `id` null: the issue names no entry (a file-level problem, or an entry without an id). */
const one = (field: string, message: string, id: string | null = PS2, file = 'energy.json'): ExpectedIssue =>
  id === null ? { file, field, message } : { file, id, field, message };

export const BAD_CASES: Record<string, ExpectedIssue[]> = {
  'missing-field': [one('summary', 'is required')],
  'wrong-type': [one('title.en', 'must be a string (got the number 42)')],
  'id-not-kebab': [one('id', 'must be kebab-case', 'Power_of_Siberia_2')],
  'id-missing': [one('entries[1].id', 'is required', null)],
  'id-duplicate': [
    one('id', 'is already the id of entries[0] in tests/fixtures/facts-bad/id-duplicate/a-energy.json; ids must be unique across all files', PS2, 'b-companies.json'),
  ],
  'category-unknown': [one('category', 'must be one of: pipeline, corridor, treaty')],
  'aliases-languages': [one('aliases.fa', 'is required'), one('aliases.fr', 'is not a known field (did you mean "fa"?)')],
  'aliases-bad-strings': [
    one('aliases.de[0]', 'must not start or end with whitespace (got " Kraft Siberia 2")'),
    one('aliases.de[1]', 'must not be empty'),
    one('aliases.ru', 'must be a list (got "Сила Сибири 2")'),
  ],
  'case-sensitive-unknown': [one('caseSensitive[0]', `"Ps-2" is neither the title nor one of this entry's aliases`)],
  'facts-too-few': [one('facts', 'must have at least 3 items (has 2)')],
  'fact-no-source': [one('facts[1].source', 'is required')],
  'source-incomplete': [
    one('facts[0].source.publisher', 'is required'),
    one('facts[1].source.url', 'is required'),
    one('facts[1].alternatives[0].source.title', 'is required'),
    one('facts[2].source.date', 'is required'),
  ],
  'fact-no-as-of': [one('facts[2].asOf', 'is required')],
  'url-not-https': [
    one('facts[0].source.url', 'must be an https URL (got "ria.ru/20250902/memorandum-2038999572.html")'),
    one('facts[1].alternatives[0].source.url', 'must be an https URL (got "https://")'),
    one('facts[2].source.url', 'must be an https URL (got "http://www.channelnewsasia.com/'),
  ],
  'alias-on-two-entries': [
    one(
      'aliases.en[0]',
      '"power of siberia–2" is also a name of entry "power-of-siberia-2" (tests/fixtures/facts-bad/alias-on-two-entries/a-energy.json) at title.en ("Power of Siberia 2"); a name may belong to one entry only',
      'gazprom',
      'b-companies.json',
    ),
  ],
  'title-is-another-entrys-alias': [
    one('title.de', '"SOJUS WOSTOK" is also a name of entry "power-of-siberia-2" (tests/fixtures/facts-bad/title-is-another-entrys-alias/energy.json) at aliases.de[1] ("Sojus Wostok")', 'sojus-wostok-llc'),
  ],
  'related-missing': [
    one('context[0].require.entries[0]', 'no entry has the id "gazprom"'),
    one('related[0]', 'no entry has the id "gazprom-neft"'),
  ],
  'related-self': [one('related[0]', 'an entry must not list itself as related')],
  'date-malformed': [
    one('facts[0].asOf', 'must be a date as YYYY-MM-DD or YYYY-MM (got "2025-9-2")'),
    one('facts[1].source.date', 'must be a date as YYYY-MM-DD or YYYY-MM (got "2025-13")'),
    // A value's date may lie ahead, but it must exist.
    one('facts[2].value.date', 'is not a real calendar date (got "2025-02-30")'),
    one('timeline[0].date', 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got "2019-12-1")'),
    one('reviewed', 'is not a real calendar date (got "2025-02-30")'),
  ],
  'date-in-future': [
    one('facts[0].asOf', 'must not be later than today, 2026-11-01 (got "2026-11-02")'),
    one('facts[1].alternatives[0].source.date', 'must not be later than today, 2026-11-01 (got "2026-12")'),
    one('facts[2].source.date', 'must not be later than today, 2026-11-01 (got "2027-01-01")'),
    one('timeline[2].date', 'must not be later than today, 2026-11-01 (got "2030-01-01")'),
    one('reviewed', 'must not be later than today, 2026-11-01 (got "2026-11-15")'),
  ],
  'text-too-long': [
    one('summary.en', 'is 485 characters long; at most 400 are allowed'),
    one('facts[0].source.title', 'is 2001 characters long; at most 2000 are allowed'),
    one('facts[2].value', 'is 619 characters long; at most 600 are allowed'),
    one('facts[2].note.de', 'is 601 characters long; at most 600 are allowed'),
  ],
  'list-too-long': [one('aliases.en', 'must have at most 500 items (has 501)')],
  'markup-in-text': [
    one('summary.de', 'must be plain text, not HTML (got "Geplante Pipeline nach <b>Nordchina</b>.")'),
    one('facts[0].label.en', 'must be plain text, not HTML (got "<script>alert(1)</script>Capacity")'),
    // A plain-text value is text a reader sees like any other.
    one('facts[1].alternatives[0].value', 'must be plain text, not HTML (got "See <a href='),
    one('facts[2].source.publisher', 'must be plain text, not HTML (got "CNA <!-- x -->")'),
  ],
  // The built-in glossary declares English and German (glossary.header.json): every text needs both.
  'language-missing': [
    one('summary', 'needs text in de (has en)'),
    one('facts[1].label', 'needs text in en (has de)'),
    one('timeline[0].event', 'needs text in de (has en, ru)'),
  ],
  'value-shapes': [
    one('inflect.de', 'must be one of: all, head, last, none (got "some")'),
    one('facts[0].value.approx', 'must be one of: about, up-to, more-than, less-than (got "roughly")'),
    one('facts[0].unit', 'must be a unit code (km, '),
    one('facts[1].value', 'must not start or end with whitespace (got " 6700")'),
    one('facts[2].value', 'must be a number, a text, {"date": …}, {"number": …} or a text per language (got a list)'),
    one('staleAfterDays', 'must be at least 1 (got the number 0)'),
  ],
  'context-and-short-forms': [
    one('context[2]', 'needs a "require" or a "veto"'),
    one('context[1].names[0]', '"Power of Siberia" is not a name of this entry'),
    one('shortForms.en[1]', '"Gasprom" is a full name of entry "gazprom" (tests/fixtures/facts-bad/context-and-short-forms/energy.json) at aliases.de[0], so it could never stand for this entry'),
  ],
  'unknown-keys': [
    one('title.fr', 'is not a known field (did you mean "fa"?)'),
    one('summary', 'is required'),
    one('context[0].requires', 'is not a known field (did you mean "require"?)'),
    one('context[0]', 'needs a "require" or a "veto"'),
    one('facts[0].value', 'is required'),
    one('facts[0].vaule', 'is not a known field (did you mean "value"?)'),
    one('facts[1].source.publisher', 'is required'),
    one('facts[1].source.publsher', 'is not a known field (did you mean "publisher"?)'),
    one('sumary', 'is not a known field (did you mean "summary"?)'),
    one('colour', 'is not a known field (known fields: id, category, title, summary'),
  ],
  'alternative-incomplete': [
    one('facts[0].alternatives', 'must have at least 1 item (has 0)'),
    one('facts[1].alternatives[0].value', 'is required'),
    one('facts[1].alternatives[1].source', 'is required'),
  ],
  'invalid-json': [one('', 'is not valid JSON: ', null)],
  'not-an-object': [one('', 'must be a JSON object with an "entries" list (got a list)', null)],
  'entries-missing': [one('entry', 'is not a known field', null), one('entries', 'is required', null)],
};
