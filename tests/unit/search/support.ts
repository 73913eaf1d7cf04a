import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFactsFiles } from '../../../src/cli/lib/facts-files.ts';
import { localToday } from '../../../src/core/facts/dates.ts';
import type { Entry } from '../../../src/core/facts/types.ts';
import { validateFacts } from '../../../src/core/facts/validate.ts';

// A path, not a URL object: under happy-dom the global URL is the DOM's, which Node's fs refuses.
const FACTS = join(dirname(fileURLToPath(import.meta.url)), '../../../src/facts');

/** The bundled dictionary, exactly as the build validates it (what `gloss:facts` holds). */
export async function realEntries(): Promise<Entry[]> {
  const { entries, errors } = validateFacts(await readFactsFiles(FACTS), { today: localToday() });
  if (errors.length > 0) throw new Error(`src/facts does not validate (${errors.length} errors); see tests/unit/facts`);
  return entries;
}
