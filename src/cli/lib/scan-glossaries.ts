/**
 * `scan --glossary FILE`: a glossary file's entries for the scanner, their ids namespaced by the
 * glossary's id as the extension does (so "arctic-shipping/murmansk"). Read like an import (size
 * bound, JSON), then leniently (scan-entries.ts); whether the options page would accept the file is
 * `glossary check`'s question, which the scan only mentions as a warning.
 */
import { BUILTIN_GLOSSARY_ID, namespaced, validateGlossary, type Glossary } from '../../core/facts/glossary.ts';
import { localToday } from '../../core/facts/dates.ts';
import type { Entry } from '../../core/facts/types.ts';
import { readGlossaryFile } from './glossary-file.ts';
import { usableEntries } from './scan-entries.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface ScanGlossary {
  id: string;
  entries: Entry[];
}

export interface GlossaryLoad {
  /** Null when the file cannot be used at all. */
  glossary: ScanGlossary | null;
  errors: string[];
  warnings: string[];
}

export async function loadScanGlossary(file: string, taken: ReadonlySet<string>): Promise<GlossaryLoad> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const read = await readGlossaryFile(file);
  if (!read.ok) return { glossary: null, errors: [`${file}: ${read.problem}`], warnings };
  const raw = read.raw;
  const head = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const id = head['id'];
  const list = head['entries'];
  if (typeof id !== 'string' || !KEBAB.test(id) || !Array.isArray(list)) {
    return { glossary: null, errors: [`${file}: not a glossary (expected an object with a kebab-case "id" and an "entries" list)`], warnings };
  }
  if (id === BUILTIN_GLOSSARY_ID) return { glossary: null, errors: [`${file}: "${id}" is the built-in glossary's id; skipped`], warnings };
  if (taken.has(id)) return { glossary: null, errors: [`${file}: repeats the glossary id "${id}" of an earlier glossary; skipped`], warnings };

  const entries = usableEntries(list, file, errors);
  const problems = validateGlossary(raw, { file, today: localToday() }).errors.length;
  if (problems > 0) {
    warnings.push(`${file}: ${problems} problem${problems === 1 ? '' : 's'} the options page would refuse the file for (npm run glossary -- check ${file}); scanning with its usable entries`);
  }
  // Only the id and the entries matter to namespaced(); the header is not this command's business.
  const glossary: Glossary = { id, name: id, description: '', languages: [], publisher: '', license: '', updated: '', entries };
  return { glossary: { id, entries: namespaced(glossary) }, errors, warnings };
}
