/**
 * Reading a glossary file the reader picked or dropped. A file over the limit is refused from its
 * size alone, before a byte of it is read into memory or sent to the background (which checks
 * again: it trusts no page).
 */
import { MAX_GLOSSARY_BYTES } from '../../core/facts/glossary.ts';
import type { ImportFile } from './BackupSection.tsx';

export type FileRead = { ok: true; text: string } | { ok: false; reason: 'too-large'; size: number } | { ok: false; reason: 'unreadable' };

export async function readGlossaryFile(file: ImportFile): Promise<FileRead> {
  if (file.size > MAX_GLOSSARY_BYTES) return { ok: false, reason: 'too-large', size: file.size };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** "23.4" for a size in megabytes, one decimal, in the reader's number format. */
export function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}

export const MAX_GLOSSARY_MB = MAX_GLOSSARY_BYTES / 1024 / 1024;

/** The first file of a drop, if the drop carries files at all (text or a link carries none). */
export function droppedFile(transfer: DataTransfer | null): File | null {
  return transfer?.files[0] ?? null;
}

/** Whether a drag carries files, so the drop zone lights up only for what it can take. */
export function dragHasFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && Array.from(transfer.types).includes('Files');
}
