// Reading realtext-dev/cases.json. The set's own check.mjs validates it in full; this only checks
// the fields the evaluation uses, so a changed format stops the run with a clear message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RealCase {
  name: string;
  lang: string;
  html: string;
  /** [exactText, idPattern] in document order. */
  expect: Array<[string, string]>;
  strict: boolean;
}

const ID_PATTERN = /^\^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\([a-z0-9]+(?:-[a-z0-9]+)*(?:\|[a-z0-9]+(?:-[a-z0-9]+)*)+\))\$$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isAnnotation(x: unknown): x is [string, string] {
  return Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && x[0] !== '' && typeof x[1] === 'string' && ID_PATTERN.test(x[1]);
}

/** The cases of `dir`/cases.json; throws with the case and field at fault. */
export function readCases(dir: string): RealCase[] {
  const data: unknown = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8'));
  if (!Array.isArray(data)) throw new Error('cases.json is not a JSON array');
  return data.map((c: unknown, i): RealCase => {
    const where = `cases.json case ${i}`;
    if (!isRecord(c)) throw new Error(`${where} is not an object`);
    const { name, lang, html, expect, strict } = c;
    if (typeof name !== 'string' || !/^[a-z0-9-]+$/.test(name)) throw new Error(`${where}: name must be a slug`);
    if (typeof lang !== 'string') throw new Error(`${where} (${name}): lang must be a string`);
    if (typeof html !== 'string') throw new Error(`${where} (${name}): html must be a string`);
    if (typeof strict !== 'boolean') throw new Error(`${where} (${name}): strict must be a boolean`);
    if (!Array.isArray(expect) || !expect.every(isAnnotation)) {
      throw new Error(`${where} (${name}): expect must be a list of [text, "^id$" or "^(a|b)$"]`);
    }
    return { name, lang, html, expect, strict };
  });
}
