import { useEffect, useRef, useState } from 'preact/hooks';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, clampHoverDelay } from '../../core/settings/index.ts';
import { useT } from '../../ui/i18n.tsx';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';

/** A slider sends many values a second; the last one after a short pause is the one that counts. */
export const HOVER_DELAY_DEBOUNCE_MS = 400;
const STEP_MS = 50;

export function HoverDelaySection({ controller }: { controller: SettingsController }) {
  const t = useT();
  const stored = controller.settings?.hoverDelayMs ?? null;
  const [value, setValue] = useState<number | null>(stored);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Follow changes made elsewhere, unless the reader is moving the slider right now.
  useEffect(() => {
    if (pending.current === undefined) setValue(stored);
  }, [stored]);
  useEffect(() => () => clearTimeout(pending.current), []);

  if (value === null) return null;

  const change = (next: number): void => {
    const ms = clampHoverDelay(next);
    setValue(ms);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = undefined;
      void controller.write({ type: 'updateSettings', patch: { hoverDelayMs: ms } }).then((answer) => {
        setStatus(answer.ok ? null : { tone: 'error', text: t('options_errorSave') });
      });
    }, HOVER_DELAY_DEBOUNCE_MS);
  };

  const label = t('options_hoverDelayValue', String(value));
  return (
    <Section id="hover-delay" title={t('options_hoverDelayTitle')}>
      <div class="gloss-slider">
        <label for="gloss-hover-delay">{t('options_hoverDelayLabel')}</label>
        <input
          id="gloss-hover-delay"
          type="range"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={STEP_MS}
          value={value}
          aria-valuetext={label}
          aria-describedby="gloss-hover-delay-hint"
          onInput={(event) => change(Number(event.currentTarget.value))}
        />
        <output for="gloss-hover-delay" class="gloss-slider__value" aria-hidden="true">
          {label}
        </output>
      </div>
      <p class="gloss-hint" id="gloss-hover-delay-hint">
        {t('options_hoverDelayHint')}
      </p>
      <Status status={status} />
    </Section>
  );
}
