/**
 * `glossary build DIR --out FILE`: a glossary file from a folder of facts files (the same files
 * facts:check reads) and a header, `glossary.header.json` in DIR as for the built-in glossary;
 * flags override the header's fields. Nothing is written unless the result is valid, and every
 * problem names the facts file it is in.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { createGlossarySchemas, GLOSSARY_FORMAT, GLOSSARY_VERSION, MAX_GLOSSARY_BYTES, validateGlossary, type Glossary } from '../../core/facts/glossary.ts';
import type { FactsIssue } from '../../core/facts/issues.ts';
import { reportIssues, validateFacts } from '../../core/facts/validate.ts';
import { LANGUAGES, type Language } from '../../core/facts/vocabulary.ts';
import { GLOSSARY_HEADER_FILE, readFactsFiles, type RawFactsFile } from './facts-files.ts';

/** The header fields in the order a glossary file lists them (entries come last). */
export const HEADER_FIELDS = ['id', 'name', 'description', 'languages', 'publisher', 'license', 'updated', 'homepage'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export type HeaderOverrides = Partial<Record<HeaderField, string>>;

export interface BuildRequest {
  dir: string;
  out: string;
  today: string;
  overrides: HeaderOverrides;
}

export type BuildOutcome = { ok: true; glossary: Glossary; out: string; bytes: number } | { ok: false; errors: FactsIssue[] };

const FROM_FLAGS = 'command line';
const shown = (path: string): string => relative(process.cwd(), path) || path;

/** The header file's fields, or why it cannot be used. A missing header file is allowed: flags may give every field. */
async function readHeaderFile(path: string): Promise<{ fields: Record<string, unknown> } | { problem: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return { fields: {} };
    return { problem: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: 'must be a JSON object with the glossary\'s header fields' };
    return { fields: data as Record<string, unknown> };
  } catch (e) {
    return { problem: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** A flag's text as the header field's value: languages are a comma-separated list. */
function flagValue(field: HeaderField, value: string): unknown {
  return field === 'languages' ? value.split(',').map((s) => s.trim()).filter((s) => s !== '') : value;
}

export async function buildGlossary(request: BuildRequest): Promise<BuildOutcome> {
  const { dir, today, overrides } = request;
  const headerPath = join(dir, GLOSSARY_HEADER_FILE);
  const headerFile = shown(headerPath);
  const out = resolve(request.out);
  const errors: FactsIssue[] = [];

  // The output must not become one of the next build's inputs.
  if (resolve(dirname(out)) === resolve(dir) && out.endsWith('.json') && !out.endsWith('.schema.json')) {
    return { ok: false, errors: [{ file: shown(out), field: '', message: `is inside ${shown(dir)}, where the next build would read it as a facts file; write it elsewhere` }] };
  }

  const read = await readHeaderFile(headerPath);
  if ('problem' in read) return { ok: false, errors: [{ file: headerFile, field: '', message: read.problem }] };
  const { format, version, entries: stray, ...fromFile } = read.fields;
  if (stray !== undefined) errors.push({ file: headerFile, field: 'entries', message: `must not be in the header: the entries come from the facts files in ${shown(dir)}` });
  const origin = new Map<string, string>(Object.keys(fromFile).map((k) => [k, headerFile]));
  const header: Record<string, unknown> = { ...fromFile };
  for (const field of HEADER_FIELDS) {
    const value = overrides[field];
    if (value === undefined) continue;
    header[field] = flagValue(field, value);
    origin.set(field, FROM_FLAGS);
  }
  if (header['updated'] === undefined) {
    header['updated'] = today;
    origin.set('updated', FROM_FLAGS);
  }

  // A header without format and version gets this Gloss's; one that states others is checked as it is.
  const ordered: Record<string, unknown> = { format: format ?? GLOSSARY_FORMAT, version: version ?? GLOSSARY_VERSION };
  for (const field of HEADER_FIELDS) if (header[field] !== undefined) ordered[field] = header[field];
  for (const [key, value] of Object.entries(header)) if (!(key in ordered)) ordered[key] = value;

  reportIssues(createGlossarySchemas(today).header, { ...ordered, entries: [] }, (field, message) => {
    const top = field.split(/[.[]/)[0] ?? '';
    const file = origin.get(top) ?? headerFile;
    const hint = message === 'is required' && (HEADER_FIELDS as readonly string[]).includes(top) ? ` (in ${GLOSSARY_HEADER_FILE}, or give --${top})` : '';
    errors.push({ file, field, message: `${message}${hint}` });
  });

  let files: RawFactsFile[];
  try {
    files = await readFactsFiles(dir);
  } catch (e) {
    return { ok: false, errors: [...errors, { file: shown(dir), field: '', message: `cannot read the facts folder (${e instanceof Error ? e.message : String(e)})` }] };
  }
  if (files.length === 0) errors.push({ file: shown(dir), field: '', message: 'has no facts files (*.json)' });

  // Entries are checked against the languages the header declares (the valid ones, if some are not).
  const declared = Array.isArray(header['languages']) ? (header['languages'] as unknown[]).filter((l): l is Language => (LANGUAGES as readonly unknown[]).includes(l)) : [];
  if (declared.length > 0) errors.push(...validateFacts(files, { today, languages: declared }).errors);
  if (errors.length > 0) return { ok: false, errors };

  const entries = files.flatMap((f) => (f.data as { entries: unknown[] }).entries);
  const raw = { ...ordered, entries };
  const check = validateGlossary(raw, { file: shown(out), today });
  if (check.glossary === null) return { ok: false, errors: check.errors };

  const text = `${JSON.stringify(raw, null, 2)}\n`;
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_GLOSSARY_BYTES) {
    return { ok: false, errors: [{ file: shown(out), field: '', message: `would be ${(bytes / 1024 / 1024).toFixed(1)} MB, larger than ${MAX_GLOSSARY_BYTES / 1024 / 1024} MB; Gloss does not import a file that size` }] };
  }
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  return { ok: true, glossary: check.glossary, out: shown(out), bytes };
}
