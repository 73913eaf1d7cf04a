import { useRef, useState } from 'preact/hooks';
import type { GlossaryInfo } from '../../core/messages/index.ts';
import { useLocale, useT } from '../../ui/i18n.tsx';
import { UploadIcon } from '../../ui/icons.tsx';
import type { StatusMessage } from '../Section.tsx';
import type { ImportFile } from './BackupSection.tsx';
import { MAX_GLOSSARY_MB, megabytes, readGlossaryFile } from './glossary-file.ts';
import { formatCount } from './glossary-text.ts';
import type { GlossariesController } from './use-glossaries.ts';

/** A refused file's problems as the background gave them: the first few, and how many in all. */
export interface Refusal {
  file: string;
  problems: string[];
  total: number;
}

export interface GlossaryImporter {
  /** The name of the file being imported, or null. */
  busy: string | null;
  refusal: Refusal | null;
  importFile(file: ImportFile): Promise<void>;
}

/**
 * Importing one file: read it here (refusing a too-large one unread), send its text to the
 * background, and say what came of it. A refused file changes nothing; its problems stay on
 * screen until the next import.
 */
export function useGlossaryImport(glossaries: GlossariesController, announce: (status: StatusMessage | null) => void): GlossaryImporter {
  const t = useT();
  const locale = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const working = useRef(false);

  const added = (glossary: GlossaryInfo, replaced: boolean): string => t(replaced ? 'options_glossaryReplaced' : 'options_glossaryAdded', glossary.name);

  const refuse = (file: string, problems: string[], total = problems.length): void => {
    setRefusal({ file, problems, total });
    announce({ tone: 'error', text: t('options_glossaryRefused', file) });
  };

  const importFile = async (file: ImportFile): Promise<void> => {
    // One at a time: a second drop while the first is read waits for nothing and changes nothing.
    if (working.current) return;
    working.current = true;
    setRefusal(null);
    setBusy(file.name);
    announce({ tone: 'ok', text: t('options_glossaryImporting', file.name) });
    try {
      const read = await readGlossaryFile(file);
      if (!read.ok) {
        refuse(file.name, [read.reason === 'too-large' ? t('options_glossaryTooLarge', [megabytes(read.size, locale), formatCount(MAX_GLOSSARY_MB, locale)]) : t('options_importUnreadable')]);
        return;
      }
      const answer = await glossaries.importFile(file.name, read.text);
      if (!answer.ok) refuse(file.name, [answer.error.code === 'invalid-message' ? answer.error.message : t('options_errorSave')]);
      else if (!answer.value.ok) refuse(file.name, answer.value.problems, answer.value.total);
      else announce({ tone: 'ok', text: added(answer.value.glossary, answer.value.replaced) });
    } finally {
      working.current = false;
      setBusy(null);
    }
  };

  return { busy, refusal, importFile };
}

export interface ImportZoneProps {
  importer: GlossaryImporter;
  /** A drag with files is over the section. */
  dragging: boolean;
}

/**
 * Where a file comes in: the visible drop zone (the whole section takes the drop) and the button
 * that opens the file picker, which is how keyboard users import.
 */
export function ImportZone({ importer, dragging }: ImportZoneProps) {
  const t = useT();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const busy = importer.busy !== null;
  return (
    <div class={`gloss-dropzone${dragging ? ' gloss-dropzone--active' : ''}`} aria-busy={busy ? 'true' : undefined}>
      <p class="gloss-dropzone__text">{dragging ? t('options_glossaryDropActive') : t('options_glossaryDrop')}</p>
      <button type="button" class="gloss-button" disabled={busy} aria-describedby="gloss-glossary-limit" onClick={() => input.current?.click()}>
        <UploadIcon />
        {t('options_glossaryImport')}
      </button>
      <p class="gloss-hint" id="gloss-glossary-limit">
        {t('options_glossaryLimitHint', formatCount(MAX_GLOSSARY_MB, locale))}
      </p>
      <input
        ref={input}
        id="gloss-glossary-file"
        type="file"
        accept="application/json,.json"
        // Opened by the button above, which carries the name.
        hidden
        aria-label={t('options_glossaryImport')}
        onChange={(event) => {
          const picker = event.currentTarget;
          const file = picker.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) fires `change` again.
          picker.value = '';
          if (file !== undefined) void importer.importFile(file);
        }}
      />
    </div>
  );
}

/** A refused file's problems, one per line, each naming the entry and the field; then "and N more". */
export function ImportProblems({ refusal }: { refusal: Refusal | null }) {
  const t = useT();
  const locale = useLocale();
  if (refusal === null) return null;
  const more = refusal.total - refusal.problems.length;
  return (
    <div class="gloss-problems">
      {/* Visible, so the list still says what it is about once the status line has moved on. */}
      <p class="gloss-problems__title" id="gloss-glossary-problems-title">
        {t('options_glossaryProblems', refusal.file)}
      </p>
      <ul aria-labelledby="gloss-glossary-problems-title">
        {refusal.problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
      {more > 0 && <p class="gloss-problems__more">{t('options_glossaryMoreProblems', formatCount(more, locale))}</p>}
    </div>
  );
}
