import { readFile, stat } from 'node:fs/promises';

export type PageInput = { ok: true; html: string } | { ok: false; error: string };

const HTML_HINT = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|span|a|h[1-6]|section|table|ul|ol|li|br)[\s/>]/i;

/**
 * Reads one page as HTML text. A missing file, a folder, a binary file or text that is no HTML
 * gives an error message (without the path: the caller names the file).
 */
export async function readPage(path: string): Promise<PageInput> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: 'is a folder, not an HTML file' };
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOENT') return { ok: false, error: 'no such file' };
    if (code === 'EACCES') return { ok: false, error: 'permission denied' };
    return { ok: false, error: `cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if (bytes.length === 0) return { ok: false, error: 'is empty, not HTML' };
  if (bytes.subarray(0, 8192).includes(0) && !hasUtf16Bom(bytes)) return { ok: false, error: 'is a binary file, not HTML' };
  const html = decode(bytes);
  if (!HTML_HINT.test(html.slice(0, 65536))) return { ok: false, error: 'does not look like HTML (no HTML tags found)' };
  return { ok: true, html };
}

function hasUtf16Bom(b: Buffer): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/**
 * Bytes to text. Pages are often re-saved as UTF-8 while still declaring an old charset, so
 * valid UTF-8 wins; otherwise the declared charset, otherwise windows-1252 (what browsers assume).
 */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = bytes.subarray(0, 4096).toString('latin1');
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}
