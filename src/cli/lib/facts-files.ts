import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** One facts file as read from disk, before validation. */
export interface RawFactsFile {
  /** Path relative to the working directory, for error messages. */
  file: string;
  /** The parsed JSON, or undefined when the file is not valid JSON. */
  data: unknown;
  /** Set when the file could not be read or parsed. */
  parseError?: string;
}

/** The built-in glossary's header (name, publisher, languages…): beside the facts files, not one of them. */
export const GLOSSARY_HEADER_FILE = 'glossary.header.json';

/** Reads every `*.json` file in the facts folder, in name order, so errors and ids come out stable. */
export async function readFactsFiles(dir: string): Promise<RawFactsFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json') && n !== GLOSSARY_HEADER_FILE).sort();
  return Promise.all(
    names.map(async (name): Promise<RawFactsFile> => {
      const path = join(dir, name);
      const file = relative(process.cwd(), path) || path;
      try {
        return { file, data: JSON.parse(await readFile(path, 'utf8')) as unknown };
      } catch (e) {
        return { file, data: undefined, parseError: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
}
