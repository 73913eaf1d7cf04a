import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { languageChain, pick, titleOf, toLanguage } from '../core/facts/localize.ts';
import { Card } from '../ui/card/index.ts';
import { contentLanguage } from '../ui/content-language.ts';
import { useLocale, useT } from '../ui/i18n.tsx';
import { GlossMark } from '../ui/controls/GlossMark.tsx';
import { SearchIcon, SettingsIcon } from '../ui/icons.tsx';
import { PagePanel } from './PagePanel.tsx';
import type { PopupPorts } from './browser-api.ts';
import { createEntryStore } from './entry-store.ts';
import { SearchResults, type Summary } from './SearchResults.tsx';
import { useCard } from './use-card.ts';
import { usePage } from './use-page.ts';
import { useSearch } from './use-search.ts';

export interface PopupAppProps {
  ports: PopupPorts;
}

/** Title matches show their entry's summary; fetched for the first few results only. */
const SUMMARIES_FETCHED = 8;

const LISTBOX_ID = 'gloss-results';
const optionId = (i: number) => `gloss-result-${i}`;

/** Moves focus along the "on this page" buttons; Up from the first goes back to the search box. */
function moveInTerms(event: TargetedKeyboardEvent<HTMLElement>, input: HTMLInputElement | null): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('.gloss-term'));
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? buttons[Math.min(at + 1, buttons.length - 1)] : at === 0 ? input : buttons[at - 1];
  next?.focus();
}

export function PopupApp({ ports }: PopupAppProps) {
  const t = useT();
  const locale = useLocale();
  const page = usePage(ports);
  const [query, setQuery] = useState(ports.initialQuery ?? '');
  const [active, setActive] = useState(0);
  const [cardError, setCardError] = useState<string | null>(null);
  const [, setArrived] = useState(0);
  const typed = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Results and titles in the UI language where the entries have it, else in English.
  const languages = useMemo(() => languageChain(toLanguage(locale)), [locale]);
  const store = useMemo(() => createEntryStore(ports.background), [ports.background]);
  const search = useSearch(ports.background, languages, query);
  const card = useCard(ports.background, store, locale);
  const open = card.open;
  const searching = query.trim() !== '';
  const hits = searching ? search.hits : [];
  // "Nothing matches" only once the answer to this very query is in, not while it is on its way.
  const answered = search.query === query.trim();

  useLayoutEffect(() => input.current?.focus(), []);

  useEffect(() => {
    // "Explain … with Gloss" leaves its query with the background; it wins unless the reader typed.
    void ports.background.request({ type: 'takePendingSearch' }).then((answer) => {
      if (answer.ok && answer.value.query !== null && !typed.current) {
        setQuery(answer.value.query);
        setActive(0);
      }
    });
  }, []);

  useEffect(() => {
    if (searching) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);

  useEffect(() => {
    let alive = true;
    const wanted = hits.filter((hit) => hit.matched.kind === 'title').slice(0, SUMMARIES_FETCHED);
    for (const hit of wanted) {
      if (store.peek(hit.id) === undefined) void store.get(hit.id).then(() => alive && setArrived((n) => n + 1));
    }
    return () => {
      alive = false;
    };
  }, [hits]);

  const summaryOf = (id: string): Summary | undefined => {
    const view = store.peek(id);
    if (view === undefined) return undefined;
    const picked = pick(view.entry.summary, contentLanguage(view.entry, null, locale).chain);
    return picked === null ? undefined : { text: picked.text, lang: picked.lang };
  };

  const showCard = (id: string): void => {
    setCardError(null);
    void card.show(id).then((shown) => {
      if (!shown) setCardError(t('popup_entryMissing'));
    });
  };

  const openHit = (i: number): void => {
    const hit = hits[i];
    if (hit === undefined) return;
    setActive(i);
    showCard(hit.id);
  };

  const closeCard = (): void => {
    card.close();
    // Back in the list, on the result the card came from (it stays the active option).
    requestAnimationFrame(() => input.current?.focus());
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (event.isComposing) return;
    const n = hits.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (n > 0) setActive((a) => (a + 1) % n);
        else if (!searching) panel.current?.querySelector<HTMLButtonElement>('.gloss-term')?.focus();
        break;
      case 'ArrowUp':
        if (n > 0) {
          event.preventDefault();
          setActive((a) => (a - 1 + n) % n);
        }
        break;
      case 'Enter':
        if (n > 0) {
          event.preventDefault();
          openHit(active);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (query !== '') {
          setQuery('');
          setActive(0);
        } else ports.close();
        break;
    }
  };

  const countText = !searching || !answered ? '' : search.failed ? t('popup_searchFailed') : hits.length > 0 ? t('popup_resultCount', String(hits.length)) : t('popup_noResults', query.trim());
  const notice = cardError === null ? page.notice : { tone: 'error' as const, text: cardError };

  return (
    <div class={`gloss-popup${open ? ' gloss-popup--card' : ''}`}>
      <div class="gloss-popup__main" inert={open !== null}>
        <header class="gloss-top">
          <h1 class="gloss-brand">
            <GlossMark />
            <span>{t('extName')}</span>
          </h1>
          <button
            type="button"
            class="gloss-button gloss-button--quiet gloss-icon-button"
            aria-label={t('popup_openOptions')}
            title={t('popup_openOptions')}
            onClick={() => ports.openOptions()}
          >
            <SettingsIcon />
          </button>
        </header>
        <div class="gloss-search" role="search">
          <label for="gloss-search-input" class="gloss-sr-only">
            {t('popup_searchLabel')}
          </label>
          <SearchIcon />
          <input
            ref={input}
            id="gloss-search-input"
            class="gloss-input gloss-search__input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck={false}
            aria-autocomplete="list"
            aria-expanded={hits.length > 0 ? 'true' : 'false'}
            aria-controls={hits.length > 0 ? LISTBOX_ID : undefined}
            aria-activedescendant={hits.length > 0 ? optionId(Math.min(active, hits.length - 1)) : undefined}
            placeholder={t('popup_searchPlaceholder')}
            value={query}
            onInput={(event) => {
              typed.current = true;
              setQuery(event.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <p class="gloss-sr-only" role="status">
          {countText}
        </p>
        {/* Busy while the answer to the query typed is on its way (screen readers wait for it); data-answered
            names the query whose answer is shown, so a test can wait for the answer to what it typed. */}
        <main class="gloss-body" aria-busy={searching && !answered ? 'true' : 'false'} data-answered={search.query}>
          {searching && hits.length > 0 && (
            <SearchResults
              hits={hits}
              active={Math.min(active, hits.length - 1)}
              listboxId={LISTBOX_ID}
              optionId={optionId}
              onOpen={openHit}
              onPoint={setActive}
              summaryOf={summaryOf}
            />
          )}
          {searching && answered && hits.length === 0 && (
            <div class="gloss-empty">
              {search.failed ? (
                <p>{t('popup_searchFailed')}</p>
              ) : (
                <>
                  <p>{t('popup_noResults', query.trim())}</p>
                  <p class="gloss-muted">{t('popup_noResultsHint')}</p>
                </>
              )}
            </div>
          )}
          <div ref={panel} hidden={searching} onKeyDown={(event) => moveInTerms(event, input.current)}>
            <PagePanel page={page} />
          </div>
          <div class={`gloss-notice gloss-notice--${notice?.tone ?? 'info'}`} role="status">
            {notice?.text ?? ''}
          </div>
        </main>
      </div>
      {open !== null && (
        <div class="gloss-card-layer">
          <Card
            entry={open.view.entry}
            glossary={open.view.glossary}
            mode="popup"
            autoFocus
            relatedTitles={open.relatedTitles}
            onOpenRelated={showCard}
            onClose={closeCard}
            onMute={(id) => {
              page.mute(id, titleOf(open.view.entry, open.chain));
              closeCard();
            }}
            onCopy={(text) => ports.copy(text)}
          />
        </div>
      )}
    </div>
  );
}
