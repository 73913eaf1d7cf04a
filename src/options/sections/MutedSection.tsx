import { useState } from 'preact/hooks';
import { useT } from '../../ui/i18n.tsx';
import type { OptionsPorts } from '../browser-api.ts';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import { useTitles } from '../use-titles.ts';
import type { SettingsController } from '../use-settings.ts';

export interface MutedSectionProps {
  controller: SettingsController;
  /** Asks the background for the muted entries' titles. */
  ports: OptionsPorts;
}

const NONE: readonly string[] = [];

export function MutedSection({ controller, ports }: MutedSectionProps) {
  const t = useT();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const { settings } = controller;
  // Ids of entries whose glossary is gone show as they are.
  const titles = useTitles(ports, settings?.muted ?? NONE);
  if (settings === null) return null;

  const unmute = async (id: string, title: string): Promise<void> => {
    const answer = await controller.write({ type: 'setMuted', id, muted: false });
    setStatus(answer.ok ? { tone: 'ok', text: t('options_unmuted', title) } : { tone: 'error', text: t('options_errorSave') });
  };

  return (
    <Section id="muted" title={t('options_mutedTitle')} intro={t('options_mutedIntro')}>
      {settings.muted.length === 0 ? (
        <p class="gloss-empty-list">{t('options_mutedEmpty')}</p>
      ) : (
        <ul class="gloss-list" aria-label={t('options_mutedTitle')}>
          {settings.muted.map((id) => {
            const title = titles[id] ?? id;
            return (
              <li class="gloss-list__row" key={id} data-entry-id={id}>
                <span>{title}</span>
                <button type="button" class="gloss-button" aria-label={t('options_unmuteNamed', title)} onClick={() => void unmute(id, title)}>
                  {t('options_unmute')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Status status={status} />
    </Section>
  );
}
