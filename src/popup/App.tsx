import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Entry } from '../core/facts/types.ts';
import { Card } from '../ui/card/index.ts';
import { useT } from '../ui/i18n.tsx';
import { GlossMark } from '../ui/controls/GlossMark.tsx';
import { SearchIcon, SettingsIcon } from '../ui/icons.tsx';
import { PagePanel } from './PagePanel.tsx';
import type { PopupPorts } from './browser-api.ts';
import { SearchResults } from './SearchResults.tsx';
import { usePage } from './use-page.ts';
import { useSearch } from './use-search.ts';

export interface PopupAppProps {
  ports: PopupPorts;
  entries: readonly Entry[];
}

const LISTBOX_ID = 'gloss-results';
const optionId = (i: number) => `gloss-result-${i}`;

/** Moves focus along the "on this page" buttons; Up from the first goes back to the search box. */
function moveInTerms(event: JSX.TargetedKeyboardEvent<HTMLElement>, input: HTMLInputElement | null): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('.gloss-term'));
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? buttons[Math.min(at + 1, buttons.length - 1)] : at === 0 ? input : buttons[at - 1];
  next?.focus();
}

export function PopupApp({ ports, entries }: PopupAppProps) {
  const t = useT();
  const search = useSearch(entries);
  const page = usePage(ports);
  const [query, setQuery] = useState(ports.initialQuery ?? '');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<Entry | null>(null);
  const typed = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const titles = useMemo(() => Object.fromEntries(entries.map((e) => [e.id, e.title])), [entries]);
  const summaries = useMemo(() => new Map(entries.map((e) => [e.id, e.summary])), [entries]);
  const hits = useMemo(() => search(query), [search, query]);
  const searching = query.trim() !== '';

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

  const openHit = (i: number): void => {
    const hit = hits[i];
    const entry = hit === undefined ? undefined : byId.get(hit.id);
    if (entry === undefined) return;
    setActive(i);
    setOpen(entry);
  };

  const closeCard = (): void => {
    setOpen(null);
    // Back in the list, on the result the card came from (it stays the active option).
    requestAnimationFrame(() => input.current?.focus());
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLInputElement>): void => {
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

  const countText = !searching ? '' : hits.length > 0 ? t('popup_resultCount', String(hits.length)) : t('popup_noResults', query.trim());

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
        <main class="gloss-body">
          {searching && hits.length > 0 && (
            <SearchResults
              hits={hits}
              active={Math.min(active, hits.length - 1)}
              listboxId={LISTBOX_ID}
              optionId={optionId}
              onOpen={openHit}
              onPoint={setActive}
              summaries={summaries}
            />
          )}
          {searching && hits.length === 0 && (
            <div class="gloss-empty">
              <p>{t('popup_noResults', query.trim())}</p>
              <p class="gloss-muted">{t('popup_noResultsHint')}</p>
            </div>
          )}
          <div ref={panel} hidden={searching} onKeyDown={(event) => moveInTerms(event, input.current)}>
            <PagePanel page={page} />
          </div>
          <div class={`gloss-notice gloss-notice--${page.notice?.tone ?? 'info'}`} role="status">
            {page.notice?.text ?? ''}
          </div>
        </main>
      </div>
      {open !== null && (
        <div class="gloss-card-layer">
          <Card
            entry={open}
            mode="popup"
            autoFocus
            relatedTitles={titles}
            onOpenRelated={(id) => {
              const next = byId.get(id);
              if (next !== undefined) setOpen(next);
            }}
            onClose={closeCard}
            onMute={(id) => {
              page.mute(id, byId.get(id)?.title ?? id);
              closeCard();
            }}
            onCopy={(text) => ports.copy(text)}
          />
        </div>
      )}
    </div>
  );
}
