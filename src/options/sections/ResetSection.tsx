import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../ui/i18n.tsx';
import { Section, Status, type StatusMessage } from '../Section.tsx';
import type { SettingsController } from '../use-settings.ts';

/** Reset to defaults, behind an inline confirmation: one click never throws away a site list. */
export function ResetSection({ controller }: { controller: SettingsController }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const start = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    // Into the question when it opens (on the safe answer), back to the button when it closes.
    if (confirming) cancel.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      start.current?.focus();
    }
  }, [confirming]);

  const close = (): void => {
    returnFocus.current = true;
    setConfirming(false);
  };

  const reset = async (): Promise<void> => {
    const answer = await controller.write({ type: 'resetSettings' });
    setStatus(answer.ok ? { tone: 'ok', text: t('options_resetDone') } : { tone: 'error', text: t('options_errorSave') });
    close();
  };

  return (
    <Section id="reset" title={t('options_resetTitle')}>
      {!confirming ? (
        <button ref={start} type="button" class="gloss-button" onClick={() => setConfirming(true)}>
          {t('options_reset')}
        </button>
      ) : (
        <div
          class="gloss-confirm"
          role="group"
          aria-labelledby="gloss-reset-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        >
          <p id="gloss-reset-question">{t('options_resetQuestion')}</p>
          <div class="gloss-actions">
            <button type="button" class="gloss-button gloss-button--danger" onClick={() => void reset()}>
              {t('options_resetConfirm')}
            </button>
            <button ref={cancel} type="button" class="gloss-button" onClick={close}>
              {t('options_resetCancel')}
            </button>
          </div>
        </div>
      )}
      <Status status={status} />
    </Section>
  );
}
