import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../../core/settings/index.ts';
import { useT } from '../../ui/i18n.tsx';
import { DownloadIcon, UploadIcon } from '../../ui/icons.tsx';
import type { OptionsPorts } from '../browser-api.ts';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';

/** The part of a File the import reads; a real File in the page, a fake in tests. */
export interface ImportFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export interface BackupSectionProps {
  controller: SettingsController;
  ports: OptionsPorts;
}

export function BackupSection({ controller, ports }: BackupSectionProps) {
  const t = useT();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [working, setWorking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportSettings = async (): Promise<void> => {
    const answer = await ports.background.request({ type: 'exportSettings' });
    if (!answer.ok) {
      setStatus({ tone: 'error', text: t('options_exportFailed') });
      return;
    }
    ports.download(answer.value.filename, answer.value.json);
    setStatus({ tone: 'ok', text: t('options_exported', answer.value.filename) });
  };

  const importFile = async (file: ImportFile): Promise<void> => {
    const refused = (detail: string): void => setStatus({ tone: 'error', text: t('options_importRefused', file.name), detail });
    // Checked here too, so a huge file is never read into memory or sent to the background.
    if (file.size > MAX_IMPORT_BYTES) {
      refused(t('options_importTooLarge', [String(Math.ceil(file.size / 1024)), String(MAX_IMPORT_BYTES / 1024)]));
      return;
    }
    setWorking(true);
    let json: string;
    try {
      json = await file.text();
    } catch {
      setWorking(false);
      refused(t('options_importUnreadable'));
      return;
    }
    const answer = await controller.write({ type: 'importSettings', json });
    setWorking(false);
    if (answer.ok) setStatus({ tone: 'ok', text: t('options_imported', file.name) });
    else if (answer.error.code === 'invalid-import') refused(answer.error.message);
    else refused(t('options_errorSave'));
  };

  return (
    <Section id="backup" title={t('options_backupTitle')} intro={t('options_backupIntro')}>
      <div class="gloss-actions">
        <button type="button" class="gloss-button" onClick={() => void exportSettings()}>
          <DownloadIcon />
          {t('options_export')}
        </button>
        <button type="button" class="gloss-button" disabled={working} onClick={() => fileInput.current?.click()}>
          <UploadIcon />
          {t('options_import')}
        </button>
        <input
          ref={fileInput}
          id="gloss-import-file"
          type="file"
          accept="application/json,.json"
          // Opened by the button above, which carries the name; a hidden file input still opens its dialog.
          hidden
          aria-label={t('options_import')}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) fires `change` again.
            input.value = '';
            if (file !== undefined) void importFile(file);
          }}
        />
      </div>
      <Status status={status} id="gloss-backup-status" />
    </Section>
  );
}
