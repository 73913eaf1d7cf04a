import { useState } from 'preact/hooks';
import { SITE_MODES, type SiteMode } from '../../core/settings/index.ts';
import { Switch } from '../../ui/controls/Switch.tsx';
import { useT, type MessageKey } from '../../ui/i18n.tsx';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';
import { RadioGroup } from './RadioGroup.tsx';

const MODE_TEXT: Record<SiteMode, { label: MessageKey; hint: MessageKey }> = {
  articles: { label: 'options_modeArticles', hint: 'options_modeArticlesHint' },
  'all-except': { label: 'options_modeAllExcept', hint: 'options_modeAllExceptHint' },
  'only-listed': { label: 'options_modeOnlyListed', hint: 'options_modeOnlyListedHint' },
};

/** The global switch and the site mode: where Gloss runs at all. */
export function GeneralSection({ controller }: { controller: SettingsController }) {
  const t = useT();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const { settings } = controller;
  if (settings === null) return null;

  const save = async (patch: { enabled?: boolean; siteMode?: SiteMode }): Promise<void> => {
    const answer = await controller.write({ type: 'updateSettings', patch });
    setStatus(answer.ok ? null : { tone: 'error', text: t('options_errorSave') });
  };

  return (
    <Section id="general" title={t('options_generalTitle')}>
      <div class="gloss-row">
        <Switch id="gloss-enabled" checked={settings.enabled} onChange={(enabled) => void save({ enabled })} describedBy="gloss-enabled-hint">
          <span class="gloss-strong">{t('options_enabled')}</span>
        </Switch>
        <p class="gloss-hint" id="gloss-enabled-hint">
          {t('options_enabledHint')}
        </p>
      </div>
      <RadioGroup
        name="site-mode"
        legend={t('options_modeLegend')}
        value={settings.siteMode}
        options={SITE_MODES.map((mode) => ({ value: mode, label: t(MODE_TEXT[mode].label), hint: t(MODE_TEXT[mode].hint) }))}
        onChange={(siteMode) => void save({ siteMode })}
      />
      <Status status={status} />
    </Section>
  );
}
