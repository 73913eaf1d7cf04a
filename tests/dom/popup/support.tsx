// Mounts the popup with fakes for the browser, on the real dictionary and the real catalogues.
// The dictionary lives in the fake background: the popup asks it for search hits and entries.
import { render } from 'preact';
import type { Entry } from '../../../src/core/facts/types.ts';
import type { ListTermsResponse } from '../../../src/core/messages/index.ts';
import { PopupApp } from '../../../src/popup/App.tsx';
import type { Target } from '../../../src/popup/page-state.ts';
import type { PopupPorts } from '../../../src/popup/browser-api.ts';
import { installCardStyles } from '../../../src/ui/card/index.ts';
import { I18nProvider, type I18n } from '../../../src/ui/i18n.tsx';
import { EN } from '../ui/support.tsx';
import { FakeBackground, FakeTabs, settle } from './fake-extension.ts';

export const TAB = 7;

export function pageAnswer(over: Partial<ListTermsResponse> = {}): ListTermsResponse {
  return {
    terms: [
      { id: 'power-of-siberia-2', title: 'Power of Siberia 2', count: 3 },
      { id: 'gazprom', title: 'Gazprom', count: 1 },
    ],
    site: 'news.example',
    isArticle: true,
    on: true,
    reason: 'article',
    ...over,
  };
}

export interface PopupOptions {
  /** The entries of the enabled glossaries, held by the (fake) background. */
  entries: readonly Entry[];
  target?: Target;
  background?: FakeBackground;
  tabs?: FakeTabs;
  isTab?: boolean;
  initialQuery?: string | null;
  i18n?: I18n;
}

export interface MountedPopup {
  root: HTMLElement;
  background: FakeBackground;
  tabs: FakeTabs;
  closes: number;
  copied: string[];
  optionsOpened: number;
  input(): HTMLInputElement;
  options(): HTMLElement[];
  text(): string;
  type(value: string): Promise<void>;
  key(key: string, target?: Element | null): Promise<KeyboardEvent>;
  unmount(): void;
}

export async function mountPopup(options: PopupOptions): Promise<MountedPopup> {
  const background = options.background ?? new FakeBackground();
  // The popup carries no entries: the fake background answers from them, as the real one does.
  background.useEntries(options.entries);
  const tabs = options.tabs ?? new FakeTabs();
  if (options.tabs === undefined) tabs.pages.set(TAB, { terms: pageAnswer(), revealable: new Set(['power-of-siberia-2']) });
  const root = document.createElement('div');
  document.body.append(root);
  installCardStyles(document);
  const mounted: MountedPopup = {
    root,
    background,
    tabs,
    closes: 0,
    copied: [],
    optionsOpened: 0,
    input: () => {
      const input = root.querySelector<HTMLInputElement>('#gloss-search-input');
      if (input === null) throw new Error('no search box');
      return input;
    },
    options: () => Array.from(root.querySelectorAll<HTMLElement>('[role="option"]')),
    text: () => root.textContent.replace(/\s+/g, ' ').trim(),
    async type(value) {
      const input = mounted.input();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
    },
    async key(key, target) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      (target ?? document.activeElement ?? mounted.input()).dispatchEvent(event);
      await settle();
      return event;
    },
    unmount() {
      render(null, root);
      root.remove();
    },
  };
  const ports: PopupPorts = {
    background,
    tabs,
    findTarget: async () => options.target ?? { kind: 'tab', tabId: TAB, url: 'https://news.example/politics/story' },
    onSettingsChanged: (listener) => background.onChanged(listener),
    close: () => {
      mounted.closes++;
    },
    isTab: options.isTab ?? false,
    copy: async (text) => {
      mounted.copied.push(text);
    },
    openOptions: () => {
      mounted.optionsOpened++;
    },
    initialQuery: options.initialQuery ?? null,
  };
  render(
    <I18nProvider value={options.i18n ?? EN}>
      <PopupApp ports={ports} />
    </I18nProvider>,
    root,
  );
  await settle();
  return mounted;
}
