/**
 * `glossary check FILE…`: each file validated exactly as the options page validates an import
 * (validateGlossary), so a file that passes here imports there.
 */
import { validateGlossary, type Glossary } from '../../core/facts/glossary.ts';
import type { FactsIssue } from '../../core/facts/issues.ts';
import { readGlossaryFile } from './glossary-file.ts';

export interface GlossaryFileCheck {
  file: string;
  glossary: Glossary | null;
  errors: FactsIssue[];
}

export async function checkGlossaryFile(file: string, today: string): Promise<GlossaryFileCheck> {
  const read = await readGlossaryFile(file);
  if (!read.ok) return { file, glossary: null, errors: [{ file, field: '', message: read.problem }] };
  const { glossary, errors } = validateGlossary(read.raw, { file, today });
  return { file, glossary, errors };
}

/** "arctic-shipping (Arctic shipping, en): 13 entries, 49 facts" */
export function describeGlossary(glossary: Glossary): string {
  const facts = glossary.entries.reduce((n, e) => n + e.facts.length, 0);
  const entries = glossary.entries.length;
  return `${glossary.id} (${glossary.name}; ${glossary.languages.join(', ')}): ${entries} ${entries === 1 ? 'entry' : 'entries'}, ${facts} ${facts === 1 ? 'fact' : 'facts'}`;
}
