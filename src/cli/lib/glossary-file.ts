/**
 * Reading a glossary file from disk the way the options page reads an import: a file over
 * MAX_GLOSSARY_BYTES is refused before it is read, and text that is not JSON is refused with the
 * parser's reason. Shared by `glossary check` and `scan --glossary`.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_GLOSSARY_BYTES } from '../../core/facts/glossary.ts';

export type GlossaryFileRead = { ok: true; raw: unknown; bytes: number } | { ok: false; problem: string };

const MB = 1024 * 1024;

/** `problem` is a sentence without the path in front; the caller names the file. */
export async function readGlossaryFile(path: string, maxBytes = MAX_GLOSSARY_BYTES): Promise<GlossaryFileRead> {
  let text: string;
  let bytes: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problem: 'is a folder, not a glossary file' };
    // Refused unread, as the extension refuses it: a file that size is a mistake or an attack.
    if (info.size > maxBytes) return { ok: false, problem: tooLarge(info.size, maxBytes) };
    const buffer = await readFile(path);
    bytes = buffer.length;
    if (bytes > maxBytes) return { ok: false, problem: tooLarge(bytes, maxBytes) };
    // The browser's File.text() drops a UTF-8 byte-order mark; so does this.
    text = new TextDecoder('utf-8').decode(buffer);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT') return { ok: false, problem: 'no such file' };
    if (code === 'EACCES') return { ok: false, problem: 'permission denied' };
    return { ok: false, problem: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  try {
    return { ok: true, raw: JSON.parse(text) as unknown, bytes };
  } catch (e) {
    return { ok: false, problem: `is not a glossary: not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

function tooLarge(size: number, max: number): string {
  const limit = max >= MB ? `${max / MB} MB` : `${max} bytes`;
  const got = size >= MB ? `${(size / MB).toFixed(1)} MB` : `${size} bytes`;
  return `is ${got}, larger than ${limit}; Gloss does not import a file that size`;
}
