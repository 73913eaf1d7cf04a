import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchema, renderJsonSchema } from '../../../src/core/facts/json-schema.ts';
import { LINE_MAX_LENGTH, SUMMARY_MAX_LENGTH } from '../../../src/core/facts/schema.ts';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from '../../../src/core/facts/schema-kit.ts';
import { CATEGORIES } from '../../../src/core/facts/types.ts';
import { evaluateSchema } from '../cli-json-schema-eval.ts';
import { BAD_FIXTURES, REAL_FACTS, validExample } from './support.ts';

type Node = Record<string, unknown>;
const schema = generateJsonSchema();
const defs = schema['$defs'] as Record<string, Node>;
const propsOf = (node: Node | undefined): Record<string, Node> => (node?.['properties'] ?? {}) as Record<string, Node>;
const entryProps = propsOf(defs['entry']);

/** Every property of every object in `node`, however deep, with its path. */
function properties(node: unknown, path: string): Array<[string, Node]> {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => properties(n, `${path}[${i}]`));
  const n = node as Node;
  const own = Object.entries(propsOf(n)).flatMap(([key, prop]): Array<[string, Node]> => [[`${path}.${key}`, prop], ...properties(prop, `${path}.${key}`)]);
  return [...own, ...properties(n['items'], `${path}[]`), ...properties(n['anyOf'], `${path}|`)];
}

describe('facts JSON Schema', () => {
  it('is committed exactly as generated (run `npm run facts:check -- --write-schema` after changing the spec)', () => {
    expect(readFileSync(join(REAL_FACTS, 'facts.schema.json'), 'utf8')).toBe(renderJsonSchema());
  });

  it('is draft 2020-12 and built from the same categories, languages and limits as the validator', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(entryProps['category']?.['enum']).toEqual([...CATEGORIES]);
    expect(defs['aliases']?.['required']).toEqual(['en', 'de', 'ru', 'fa']);
    // The built-in glossary's texts need English and German; each language's text has the field's limit.
    expect(entryProps['summary']?.['required']).toEqual(['en', 'de']);
    expect(propsOf(entryProps['summary'])['de']?.['maxLength']).toBe(SUMMARY_MAX_LENGTH);
    expect(propsOf(propsOf(defs['fact'])['label'])['en']?.['maxLength']).toBe(LINE_MAX_LENGTH);
    expect(propsOf(defs['source'])['publisher']?.['maxLength']).toBe(MAX_TEXT_LENGTH);
    expect(entryProps['facts']?.['minItems']).toBe(3);
    expect(entryProps['related']?.['maxItems']).toBe(MAX_LIST_LENGTH);
    expect(defs['source']?.['required']).toEqual(['publisher', 'title', 'url', 'date']);
    expect(defs['fact']?.['required']).toEqual(['label', 'value', 'asOf', 'source']);
    for (const [name, def] of Object.entries(defs)) expect(def['additionalProperties'], name).toBe(false);
  });

  it('describes every field, however deep, so editors can explain what to fill in', () => {
    const fields = Object.entries(defs).flatMap(([name, def]) => properties(def, name));
    expect(fields.length).toBeGreaterThan(50);
    const undescribed = fields.filter(([, prop]) => typeof prop['description'] !== 'string' && typeof prop['$ref'] !== 'string').map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('accepts the crafted valid example', () => {
    expect(evaluateSchema(schema, validExample())).toEqual([]);
  });

  // The rules a JSON Schema can express; the others (markup, calendar, today, cross-entry) are only in facts:check.
  const schemaCatches: Record<string, string> = {
    'missing-field': '$.entries[0].summary: required',
    'wrong-type': '$.entries[0].title.en: type',
    'id-not-kebab': '$.entries[0].id: pattern',
    'id-missing': '$.entries[1].id: required',
    'category-unknown': '$.entries[0].category: enum',
    'aliases-languages': '$.entries[0].aliases.fa: required',
    'aliases-bad-strings': '$.entries[0].aliases.de[0]: pattern',
    'facts-too-few': '$.entries[0].facts: minItems',
    'fact-no-source': '$.entries[0].facts[1].source: required',
    'source-incomplete': '$.entries[0].facts[0].source.publisher: required',
    'fact-no-as-of': '$.entries[0].facts[2].asOf: required',
    'url-not-https': '$.entries[0].facts[2].source.url: pattern',
    'date-malformed': '$.entries[0].facts[0].asOf: pattern',
    'text-too-long': '$.entries[0].facts[0].source.title: maxLength',
    'list-too-long': '$.entries[0].aliases.en: maxItems',
    'language-missing': '$.entries[0].summary.de: required',
    'value-shapes': '$.entries[0].staleAfterDays: anyOf',
    'unknown-keys': '$.entries[0].context[0].requires: additionalProperties',
    'alternative-incomplete': '$.entries[0].facts[1].alternatives[0].value: required',
    'entries-missing': '$.entries: required',
    'not-an-object': '$: type',
  };
  for (const [folder, expected] of Object.entries(schemaCatches)) {
    it(`rejects the ${folder} fixture in the editor too`, () => {
      const [file] = readdirSync(join(BAD_FIXTURES, folder));
      const data: unknown = JSON.parse(readFileSync(join(BAD_FIXTURES, folder, file ?? ''), 'utf8'));
      expect(evaluateSchema(schema, data)).toContain(expected);
    });
  }

  it('rejects a plain-text value that is blank or too long, as facts:check does', () => {
    const data = validExample();
    const facts = (data.entries[1] as { facts: Array<Record<string, unknown>> }).facts;
    (facts[0] as Record<string, unknown>)['value'] = ' CNPC';
    (facts[1] as Record<string, unknown>)['value'] = 'x'.repeat(LINE_MAX_LENGTH + 1);
    expect(evaluateSchema(schema, data)).toEqual(['$.entries[1].facts[0].value: anyOf', '$.entries[1].facts[1].value: anyOf']);
  });
});
