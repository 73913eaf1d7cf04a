// Shared set-up for the card tests: the fixture entries (v2, English and German), real en/de
// catalogues, and a mount into a shadow root, the way the content script hosts the card.
import type { Entry, FactsFile } from '../../../src/core/facts/types.ts';
import fixture from '../../fixtures/entries/card-entries.json';
import de from '../../../src/_locales/de/messages.json';
import en from '../../../src/_locales/en/messages.json';
import type { CardProps } from '../../../src/ui/card/Card.tsx';
import type { CardHandle } from '../../../src/ui/card/render-card.tsx';
import { installCardStyles, renderCard } from '../../../src/ui/card/render-card.tsx';
import type { I18n } from '../../../src/ui/i18n.tsx';
import { i18nFromMessages } from '../../../src/ui/i18n-messages.ts';

function fixtureFile(): FactsFile {
  // JSON imports type their strings loosely (a category is any string); facts-fixture.test.ts
  // checks the file against the real schema.
  return structuredClone(fixture) as unknown as FactsFile;
}

/** "Today" for every card test unless a test says otherwise: the fixture entries are fresh then. */
export const TODAY = '2026-11-20';

/** A fresh copy each time, so a test may change it freely. */
export function fixtureEntry(id = 'power-of-siberia-2'): Entry {
  const entry = fixtureFile().entries.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`fixture has no entry ${id}`);
  return entry;
}

const RELATED_TITLES: Record<string, string> = {
  'power-of-siberia': 'Power of Siberia',
  gazprom: 'Gazprom',
};

/** A fact of an entry by its English label. */
export function factOf(entry: Entry, label: string): Entry['facts'][number] {
  const found = entry.facts.find((f) => f.label.en === label);
  if (found === undefined) throw new Error(`no fact "${label}" in ${entry.id}`);
  return found;
}

export const EN: I18n = i18nFromMessages(en);
export const DE: I18n = i18nFromMessages(de);

export interface Mounted {
  shadow: ShadowRoot;
  card: HTMLElement;
  handle: CardHandle;
  /** The element with focus inside the shadow root. */
  active(): Element | null;
  unmount(): void;
}

export function baseProps(overrides: Partial<CardProps> = {}): CardProps {
  return {
    entry: fixtureEntry(),
    relatedTitles: RELATED_TITLES,
    onOpenRelated: () => {},
    onClose: () => {},
    mode: 'hover',
    today: TODAY,
    ...overrides,
  };
}

export function mountCard(overrides: Partial<CardProps> = {}, i18n: I18n = EN): Mounted {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  installCardStyles(shadow);
  const mount = document.createElement('div');
  shadow.append(mount);
  const handle = renderCard(mount, i18n, baseProps(overrides));
  const card = shadow.querySelector<HTMLElement>('.gloss-card');
  if (card === null) throw new Error('card did not render');
  return {
    shadow,
    card,
    handle,
    active: () => shadow.activeElement,
    unmount: () => {
      handle.unmount();
      host.remove();
    },
  };
}

/** The accessible name as the card sets it: aria-labelledby, then aria-label, then text. */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy !== null) {
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  return (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
}

function buttons(root: ParentNode): HTMLButtonElement[] {
  return Array.from(root.querySelectorAll('button'));
}

export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return buttons(root).find((b) => accessibleName(b) === name);
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** Lets Preact flush state updates and resolved promises (on fake timers: see ../fake-time.ts). */
export { settle } from '../fake-time.ts';
