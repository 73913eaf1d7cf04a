import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchema, renderJsonSchema } from '../../../src/core/facts/json-schema.ts';
import { CATEGORIES } from '../../../src/core/facts/types.ts';
import { evaluate } from './json-schema-eval.ts';
import { BAD_FIXTURES, REAL_FACTS, validExample } from './support.ts';

const schema = generateJsonSchema();
const defs = schema['$defs'] as Record<string, Record<string, unknown>>;
const propsOf = (name: string): Record<string, Record<string, unknown>> => defs[name]?.['properties'] as Record<string, Record<string, unknown>>;

describe('facts JSON Schema', () => {
  it('is committed exactly as generated (run `npm run facts:check -- --write-schema` after changing the spec)', () => {
    expect(readFileSync(join(REAL_FACTS, 'facts.schema.json'), 'utf8')).toBe(renderJsonSchema());
  });

  it('is draft 2020-12 and built from the same categories and languages as the types', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(propsOf('entry')['category']?.['enum']).toEqual([...CATEGORIES]);
    expect(defs['aliases']?.['required']).toEqual(['en', 'de', 'ru', 'fa']);
    expect(propsOf('entry')['summary']?.['maxLength']).toBe(400);
    expect(propsOf('entry')['facts']?.['minItems']).toBe(3);
    expect(defs['source']?.['required']).toEqual(['publisher', 'title', 'url', 'date']);
    expect(defs['fact']?.['required']).toEqual(['label', 'value', 'asOf', 'source']);
    for (const def of Object.values(defs)) expect(def['additionalProperties']).toBe(false);
  });

  it('describes every field, so editors can explain what to fill in', () => {
    for (const [name, def] of Object.entries(defs)) {
      for (const [field, prop] of Object.entries(def['properties'] as Record<string, Record<string, unknown>>)) {
        const described = typeof prop['description'] === 'string' || typeof prop['$ref'] === 'string';
        expect(described, `${name}.${field}`).toBe(true);
      }
    }
  });

  it('accepts the crafted valid example', () => {
    expect(evaluate(schema, validExample())).toEqual([]);
  });

  // The rules a JSON Schema can express; the others (calendar, today, cross-entry) are only in facts:check.
  const schemaCatches: Record<string, string> = {
    'missing-field': '$.entries[0].summary: required',
    'wrong-type': '$.entries[0].title: type',
    'id-not-kebab': '$.entries[0].id: pattern',
    'category-unknown': '$.entries[0].category: enum',
    'aliases-languages': '$.entries[0].aliases.fa: required',
    'aliases-bad-strings': '$.entries[0].aliases.de[0]: pattern',
    'facts-too-few': '$.entries[0].facts: minItems',
    'fact-no-source': '$.entries[0].facts[1].source: required',
    'source-incomplete': '$.entries[0].facts[0].source.publisher: required',
    'fact-no-as-of': '$.entries[0].facts[2].asOf: required',
    'url-not-https': '$.entries[0].facts[2].source.url: pattern',
    'date-malformed': '$.entries[0].facts[0].asOf: pattern',
    'summary-too-long': '$.entries[0].summary: maxLength',
    'unknown-keys': '$.entries[0].sumary: additionalProperties',
    'alternative-incomplete': '$.entries[0].facts[1].alternatives[0].value: required',
  };
  for (const [folder, expected] of Object.entries(schemaCatches)) {
    it(`rejects the ${folder} fixture in the editor too`, () => {
      const [file] = readdirSync(join(BAD_FIXTURES, folder));
      const data: unknown = JSON.parse(readFileSync(join(BAD_FIXTURES, folder, file ?? ''), 'utf8'));
      expect(evaluate(schema, data)).toContain(expected);
    });
  }
});
