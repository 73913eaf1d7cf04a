import { useMemo, useState } from 'preact/hooks';
import type { Category } from '../../core/facts/vocabulary.ts';
import type { Matcher } from '../../core/match/index.ts';
import { HIGHLIGHT_STYLES, MENTION_MODES, type HighlightStyle, type MentionMode } from '../../core/settings/index.ts';
import { useT, type MessageKey } from '../../ui/i18n.tsx';
import { HighlightPreview } from '../preview/HighlightPreview.tsx';
import { previewMarks } from '../preview/preview-marks.ts';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';
import { RadioGroup } from './RadioGroup.tsx';

const STYLE_TEXT: Record<HighlightStyle, { label: MessageKey; hint: MessageKey }> = {
  underline: { label: 'options_styleUnderline', hint: 'options_styleUnderlineHint' },
  tint: { label: 'options_styleTint', hint: 'options_styleTintHint' },
  'none-until-hover': { label: 'options_styleNone', hint: 'options_styleNoneHint' },
};

const MENTION_TEXT: Record<MentionMode, MessageKey> = {
  first: 'options_mentionsFirst',
  every: 'options_mentionsEvery',
};

export interface AppearanceSectionProps {
  controller: SettingsController;
  /** Null while the background has not compiled the terms yet: the preview is then unmarked. */
  matcher: Pick<Matcher, 'scan'> | null;
  categoryOf: (id: string) => Category | undefined;
}

export function AppearanceSection({ controller, matcher, categoryOf }: AppearanceSectionProps) {
  const t = useT();
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const { settings } = controller;
  const text = t('options_previewText');
  const marks = useMemo(
    () =>
      settings === null || matcher === null
        ? []
        : previewMarks(matcher, text, { mentions: settings.mentions, muted: settings.muted, categoriesOff: settings.categoriesOff, categoryOf }),
    [matcher, text, settings?.mentions, settings?.muted, settings?.categoriesOff, categoryOf],
  );
  if (settings === null) return null;

  const save = async (patch: { highlightStyle?: HighlightStyle; mentions?: MentionMode }): Promise<void> => {
    const answer = await controller.write({ type: 'updateSettings', patch });
    setStatus(answer.ok ? null : { tone: 'error', text: t('options_errorSave') });
  };

  return (
    <Section id="appearance" title={t('options_appearanceTitle')}>
      <div class="gloss-columns">
        <div>
          <RadioGroup
            name="highlight-style"
            legend={t('options_styleLegend')}
            value={settings.highlightStyle}
            options={HIGHLIGHT_STYLES.map((s) => ({ value: s, label: t(STYLE_TEXT[s].label), hint: t(STYLE_TEXT[s].hint) }))}
            onChange={(highlightStyle) => void save({ highlightStyle })}
          />
          <RadioGroup
            name="mentions"
            legend={t('options_mentionsLegend')}
            value={settings.mentions}
            options={MENTION_MODES.map((m) => ({ value: m, label: t(MENTION_TEXT[m]) }))}
            onChange={(mentions) => void save({ mentions })}
          />
        </div>
        <HighlightPreview text={text} marks={marks} style={settings.highlightStyle} />
      </div>
      <Status status={status} />
    </Section>
  );
}
