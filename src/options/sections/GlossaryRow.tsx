import { useEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryInfo } from '../../core/messages/index.ts';
import { Switch } from '../../ui/controls/Switch.tsx';
import { useFormatDate, useLocale, useT } from '../../ui/i18n.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';
import { formatCount, homepageHost, languageNames, termCount } from './glossary-text.ts';

export interface GlossaryRowProps {
  glossary: GlossaryInfo;
  first: boolean;
  last: boolean;
  /** A change to this glossary is on its way: its switch says so (aria-busy). */
  busy: boolean;
  onToggle: (enabled: boolean) => void;
  onMove: (direction: 'up' | 'down') => void;
  onExport: () => void;
  onRemove: () => void;
}

/** The DOM id stem of a glossary's row (glossary ids are kebab-case, so safe in an id). */
const rowId = (id: string): string => `gloss-glossary-${id}`;

/**
 * One glossary: its switch (named by the glossary), what it is and where it comes from, the
 * terms it yields to higher glossaries, and its actions. Removing asks first, inline, like Reset.
 */
export function GlossaryRow({ glossary: g, first, last, busy, onToggle, onMove, onExport, onRemove }: GlossaryRowProps) {
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const id = rowId(g.id);
  const host = homepageHost(g.homepage);
  // The glossary's own texts are in its first language; the page around them is in the UI's.
  const lang = g.languages[0];

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      removeButton.current?.focus();
    }
  }, [confirming]);

  const close = (): void => {
    returnFocus.current = true;
    setConfirming(false);
  };

  return (
    <li class="gloss-glossary" data-glossary-id={g.id}>
      <Switch checked={g.enabled} busy={busy} onChange={onToggle} describedBy={`${id}-meta`}>
        <span class="gloss-strong" lang={lang}>
          {g.name}
        </span>
        {/* A space, so the name and the tag read as two words in the switch's accessible name. */}
        {g.builtin && ' '}
        {g.builtin && <span class="gloss-chip">{t('options_glossaryBuiltin')}</span>}
      </Switch>
      <p class="gloss-glossary__description" lang={lang}>
        {g.description}
      </p>
      <p class="gloss-hint gloss-glossary__meta" id={`${id}-meta`}>
        {[t('options_glossaryBy', g.publisher), termCount(t, g.entryCount, locale), t('options_glossaryLanguages', languageNames(g.languages, locale)), t('options_glossaryUpdated', formatDate(g.updated))].join(' · ')}
      </p>
      <p class="gloss-hint gloss-glossary__meta">
        {t('options_glossaryLicense', g.license)}
        {host !== null && (
          <>
            {' · '}
            {t('options_glossaryHomepage')}{' '}
            <a href={g.homepage} target="_blank" rel="noopener noreferrer">
              {host}
            </a>
          </>
        )}
      </p>
      {g.shadowedBy.map((s) => (
        <p class="gloss-glossary__shadowed" key={s.id}>
          {s.count === 1 ? t('options_glossaryShadowedOne', s.name) : t('options_glossaryShadowedMany', [formatCount(s.count, locale), s.name])}
        </p>
      ))}
      <div class="gloss-actions gloss-glossary__actions">
        <button type="button" class="gloss-button" data-move="up" disabled={first} aria-describedby={`${id}-name`} onClick={() => onMove('up')}>
          {t('options_glossaryMoveUp')}
        </button>
        <button type="button" class="gloss-button" data-move="down" disabled={last} aria-describedby={`${id}-name`} onClick={() => onMove('down')}>
          {t('options_glossaryMoveDown')}
        </button>
        {!g.builtin && (
          <>
            <button type="button" class="gloss-button" aria-describedby={`${id}-name`} onClick={onExport}>
              <DownloadIcon />
              {t('options_glossaryExport')}
            </button>
            <button ref={removeButton} type="button" class="gloss-button" aria-describedby={`${id}-name`} onClick={() => setConfirming(true)}>
              {t('options_glossaryRemove')}
            </button>
          </>
        )}
        {/* Names the row's buttons for screen readers: "Move up, Arctic shipping". */}
        <span id={`${id}-name`} hidden>
          {g.name}
        </span>
      </div>
      {confirming && (
        <div
          class="gloss-confirm"
          role="group"
          aria-labelledby={`${id}-question`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
        >
          <p id={`${id}-question`}>{t('options_glossaryRemoveQuestion', g.name)}</p>
          <div class="gloss-actions">
            <button
              type="button"
              class="gloss-button gloss-button--danger"
              onClick={() => {
                setConfirming(false);
                onRemove();
              }}
            >
              {t('options_glossaryRemoveConfirm')}
            </button>
            <button ref={keepButton} type="button" class="gloss-button" onClick={close}>
              {t('options_glossaryRemoveCancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
