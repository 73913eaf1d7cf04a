import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { localToday } from '../../core/facts/dates.ts';
import { stalenessOf, type Staleness } from '../../core/facts/freshness.ts';
import { pick } from '../../core/facts/localize.ts';
import type { Entry } from '../../core/facts/types.ts';
import { citationText } from '../citation.ts';
import { contentLanguage } from '../content-language.ts';
import { useFormatDate, useLocale, useT } from '../i18n.tsx';
import { CardActions } from './CardActions.tsx';
import { CardHeader } from './CardHeader.tsx';
import { ContentProvider } from './content-context.tsx';
import { DateText } from './DateText.tsx';
import { FactRow } from './FactRow.tsx';
import { trapTab } from './focus-trap.ts';
import { Phrase, SLOT } from './Phrase.tsx';
import { RelatedList } from './RelatedList.tsx';
import { ScrollArea } from './ScrollArea.tsx';
import { Summary } from './Summary.tsx';
import { textDirection } from './text-direction.ts';
import { Timeline } from './Timeline.tsx';
import { useCopyStatus } from './use-copy-status.ts';
import type { CopyFn } from './use-copy-status.ts';
import { useUniqueId } from './use-unique-id.ts';

export type CardTheme = 'auto' | 'light' | 'dark';
type CardMode = 'hover' | 'popup';

/** Props of <Card>. Render it inside <I18nProvider> (renderCard does that for you). */
export interface CardProps {
  /** The entry to show, as the background serves it. Its text is only ever rendered as text. */
  entry: Entry;
  /** The glossary the entry comes from (the card names it unless it is the built-in one). */
  glossary?: { id: string; name: string; builtin: boolean };
  /** Titles of related entries by id, in the card's content language. A related id without a title here is not shown. */
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
  /**
   * The `lang` of the page around the term (its block's, else the document's), any BCP 47 tag.
   * The entry is shown in that language, else in the UI language, else in English, and the card
   * says so when it falls back. Omitted (the popup): the UI language.
   */
  pageLang?: string | null;
  /** Today as YYYY-MM-DD, for "May be out of date"; the local date by default. */
  today?: string;
  /** Focus the card when it mounts (opened from the keyboard). A hover must not steal focus. */
  autoFocus?: boolean;
}

/** A half-formed entry (unknown category, no date) is fresh rather than a broken card. */
function stalenessFor(entry: Entry, today: string): Staleness {
  try {
    return stalenessOf(entry, today);
  } catch {
    return { afterDays: null, stale: false, since: null };
  }
}

function onKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>, root: HTMLDivElement | null, onClose: () => void) {
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
  const content = useMemo(() => contentLanguage(entry, props.pageLang, locale), [entry, props.pageLang, locale]);
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
  const cite = (fact?: Entry['facts'][number]) => citationText({ entry, fact, pageUrl, formatDate, t, content });

  const theme = props.theme ?? 'auto';
  const classes = ['gloss-card', `gloss-card--${mode}`, theme === 'auto' ? '' : `gloss-card--${theme}`].filter(Boolean).join(' ');
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const facts = entry.facts;
  const summary = pick(entry.summary, content.chain);
  const staleness = stalenessFor(entry, props.today ?? localToday());

  return (
    <ContentProvider value={content}>
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
        data-content-lang={content.lang}
        onKeyDown={(event) => onKeyDown(event, rootRef.current, onClose)}
      >
        <CardHeader
          category={entry.category}
          title={pick(entry.title, content.chain)}
          titleId={titleId}
          fallbackTitle={entry.id}
          glossary={props.glossary}
          staleness={staleness}
          reviewed={entry.reviewed}
          onClose={onClose}
        />
        <ScrollArea bodyRef={bodyRef} contentKey={entry.id}>
          <Summary key={entry.id} id={summaryId} text={summary?.text ?? ''} lang={summary?.lang} />
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
                    onCopy={onCopy === undefined ? undefined : () => copy(cite(fact), `fact-${i}`)}
                    justCopied={status?.kind === 'copied' && status.target === `fact-${i}`}
                  />
                ))}
              </ul>
            </section>
          )}
          <Timeline key={entry.id} items={entry.timeline ?? []} idPrefix={`${id}-timeline`} />
          <RelatedList
            ids={entry.related}
            titles={props.relatedTitles ?? {}}
            onOpen={openRelated}
            headingId={`${id}-related`}
            contentLang={content.lang}
          />
          {/* Past its freshness, the header says so with this date instead. */}
          {!staleness.stale && (
            <p class="gloss-card__reviewed">
              <Phrase text={t('card_reviewed', SLOT)}>
                <DateText iso={entry.reviewed} />
              </Phrase>
            </p>
          )}
        </ScrollArea>
        <CardActions
          onCopyAll={onCopy === undefined ? undefined : () => copy(cite(), 'entry')}
          onMute={onMute === undefined ? undefined : () => onMute(entry.id)}
          onSiteOff={onSiteOff}
          status={status}
        />
      </div>
    </ContentProvider>
  );
}
