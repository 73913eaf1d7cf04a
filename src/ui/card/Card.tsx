import { useLayoutEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Entry } from '../../core/facts/types.ts';
import { categoryKey } from '../category.ts';
import { citationText } from '../citation.ts';
import { useFormatDate, useLocale, useT } from '../i18n.tsx';
import { CardFooter } from './CardFooter.tsx';
import { DateText } from './DateText.tsx';
import { FactRow } from './FactRow.tsx';
import { trapTab } from './focus-trap.ts';
import { CloseIcon } from '../icons.tsx';
import { Phrase, SLOT } from './Phrase.tsx';
import { RelatedList } from './RelatedList.tsx';
import { textDirection } from './text-direction.ts';
import { Timeline } from './Timeline.tsx';
import { useCopyStatus } from './use-copy-status.ts';
import type { CopyFn } from './use-copy-status.ts';
import { useUniqueId } from './use-unique-id.ts';

export type CardTheme = 'auto' | 'light' | 'dark';
export type CardMode = 'hover' | 'popup';

/** Props of <Card>. Render it inside <I18nProvider> (renderCard does that for you). */
export interface CardProps {
  /** The entry to show, exactly as bundled. Its text is only ever rendered as text. */
  entry: Entry;
  /** The glossary the entry comes from (the card names it unless it is the built-in one). */
  glossary?: { id: string; name: string; builtin: boolean };
  /** Titles of related entries by id. A related id without a title here is not shown. */
  relatedTitles?: Readonly<Record<string, string>>;
  /** A related chip was clicked: fetch that entry and re-render the card with it. */
  onOpenRelated: (id: string) => void;
  /** Esc or the × button. The host hides the card and returns focus where it was. */
  onClose: () => void;
  /** Shows "Mute this term"; called with the id of the entry on show. */
  onMute?: (entryId: string) => void;
  /** Shows "Turn off on this site". */
  onSiteOff?: () => void;
  /**
   * Shows "Copy with citation" and a copy button on each fact. Write `text` to the clipboard;
   * throw or reject when that fails, and the card says "Could not copy".
   */
  onCopy?: CopyFn;
  /** Quoted in copied citations ("Seen on …"). */
  pageUrl?: string;
  /** 'auto' (default) follows prefers-color-scheme. */
  theme?: CardTheme;
  /**
   * 'hover': a floating card on a web page, a non-modal dialog (aria-modal="false").
   * 'popup': fills its container in the toolbar popup and is modal there (aria-modal="true"):
   * render it over the result list, make the rest of the popup inert, and go back on onClose.
   */
  mode: CardMode;
  /** Language of the entry's text (title, summary, facts), for screen readers. Default 'en'. */
  contentLang?: string;
  /** Focus the card when it mounts (opened from the keyboard). A hover must not steal focus. */
  autoFocus?: boolean;
}

function onKeyDown(event: JSX.TargetedKeyboardEvent<HTMLDivElement>, root: HTMLDivElement | null, onClose: () => void) {
  if (root === null) return;
  if (event.key === 'Escape' && !event.isComposing) {
    event.preventDefault();
    // The page must not see this Esc too (it might close its own dialog or leave fullscreen).
    event.stopPropagation();
    onClose();
    return;
  }
  trapTab(event, root);
}

export function Card(props: CardProps) {
  const { entry, mode, onClose, onCopy, onMute, onSiteOff, pageUrl } = props;
  const t = useT();
  const locale = useLocale();
  const formatDate = useFormatDate();
  const contentLang = props.contentLang ?? 'en';
  const id = useUniqueId('gloss-card');
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const refocusOnSwitch = useRef(false);
  const { status, copy } = useCopyStatus(onCopy);

  useLayoutEffect(() => {
    if (props.autoFocus === true) rootRef.current?.focus({ preventScroll: true });
    // Only on mount: later renders must not pull focus back.
  }, []);

  useLayoutEffect(() => {
    if (bodyRef.current !== null) bodyRef.current.scrollTop = 0;
    // The chip that was clicked is gone with the old entry; keep focus in the card, not on <body>.
    if (refocusOnSwitch.current) {
      refocusOnSwitch.current = false;
      rootRef.current?.focus({ preventScroll: true });
    }
  }, [entry.id]);

  const openRelated = (relatedId: string): void => {
    refocusOnSwitch.current = true;
    props.onOpenRelated(relatedId);
  };
  const cite = (fact?: Entry['facts'][number]) =>
    citationText({ entry, fact, pageUrl, formatDate, t });

  const theme = props.theme ?? 'auto';
  const classes = ['gloss-card', `gloss-card--${mode}`, theme === 'auto' ? '' : `gloss-card--${theme}`].filter(Boolean).join(' ');
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const facts = entry.facts ?? [];

  return (
    <div
      ref={rootRef}
      class={classes}
      role="dialog"
      aria-modal={mode === 'popup' ? 'true' : 'false'}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      tabIndex={-1}
      lang={locale}
      dir={textDirection(locale)}
      data-entry-id={entry.id}
      onKeyDown={(event) => onKeyDown(event, rootRef.current, onClose)}
    >
      {/* A div, not <header>: inside the shadow root a header is a second "banner" landmark on the page. */}
      <div class="gloss-card__header">
        <div class="gloss-card__heading">
          <span class="gloss-card__chip">{t(categoryKey(entry.category))}</span>
          <h2 class="gloss-card__title" id={titleId} lang={contentLang}>
            {entry.title}
          </h2>
        </div>
        <button type="button" class="gloss-card__close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          <CloseIcon class="gloss-card__icon" />
        </button>
      </div>
      <div class="gloss-card__body" ref={bodyRef}>
        <p class="gloss-card__summary" id={summaryId} lang={contentLang}>
          {entry.summary}
        </p>
        {facts.length > 0 && (
          <section class="gloss-card__section" aria-labelledby={`${id}-facts`}>
            <h3 class="gloss-card__section-title" id={`${id}-facts`}>
              {t('card_keyFacts')}
            </h3>
            <ul class="gloss-card__facts">
              {facts.map((fact, i) => (
                <FactRow
                  key={`${entry.id}-${i}`}
                  fact={fact}
                  labelId={`${id}-fact-${i}`}
                  contentLang={contentLang}
                  onCopy={onCopy === undefined ? undefined : () => copy(cite(fact), `fact-${i}`)}
                  justCopied={status?.kind === 'copied' && status.target === `fact-${i}`}
                />
              ))}
            </ul>
          </section>
        )}
        <Timeline key={entry.id} items={entry.timeline ?? []} idPrefix={`${id}-timeline`} contentLang={contentLang} />
        <RelatedList
          ids={entry.related ?? []}
          titles={props.relatedTitles ?? {}}
          onOpen={openRelated}
          headingId={`${id}-related`}
          contentLang={contentLang}
        />
        <p class="gloss-card__reviewed">
          <Phrase text={t('card_reviewed', SLOT)}>
            <DateText iso={entry.reviewed} />
          </Phrase>
        </p>
      </div>
      <CardFooter
        onCopyAll={onCopy === undefined ? undefined : () => copy(cite(), 'entry')}
        onMute={onMute === undefined ? undefined : () => onMute(entry.id)}
        onSiteOff={onSiteOff}
        status={status}
      />
    </div>
  );
}
