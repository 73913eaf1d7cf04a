/**
 * The toolbar popup's entry (popup.js). Adapts `browser` to PopupPorts and mounts <PopupApp>.
 * It registers no runtime.onMessage listener: the background's must be the only one that answers.
 * It carries no entries: search, cards and titles are answered by the background.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { render } from 'preact';
import { createBackgroundClient, createTabClient } from '../core/messages/index.ts';
import { isSettingsChange } from '../core/settings/index.ts';
import { installCardStyles } from '../ui/card/index.ts';
import { controlsCss } from '../ui/controls/controls.css.ts';
import { installStyles } from '../ui/controls/install-styles.ts';
import { I18nProvider } from '../ui/i18n.tsx';
import { browserI18n } from '../ui/i18n-browser.ts';
import { PopupApp } from './App.tsx';
import type { Target } from './page-state.ts';
import { popupCss } from './popup.css.ts';
import type { PopupPorts } from './browser-api.ts';

const params = new URLSearchParams(location.search);
/** ?tab=<id>: speak about that tab (the e2e tests open the popup as a tab of its own). */
const tabParam = params.get('tab');
const pinnedTab = tabParam !== null && /^\d{1,10}$/.test(tabParam) ? Number(tabParam) : null;

async function ownTab(): Promise<boolean> {
  try {
    // Undefined in the toolbar popup; the tab itself when popup.html was opened as a page.
    // (The polyfill's types promise a tab always.)
    return ((await browser.tabs.getCurrent()) as Tabs.Tab | undefined) !== undefined;
  } catch {
    return false;
  }
}

async function findTarget(isTab: boolean): Promise<Target> {
  if (pinnedTab !== null) {
    // Without the `tabs` permission the URL is usually hidden; the content script names its site.
    const url = await browser.tabs.get(pinnedTab).then((tab) => tab.url ?? null, () => null);
    return { kind: 'tab', tabId: pinnedTab, url };
  }
  if (isTab) return { kind: 'none' };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'tab', tabId: -1, url: null };
  // activeTab grants the URL of the tab the popup was opened over.
  return { kind: 'tab', tabId: tab.id, url: tab.url ?? null };
}

async function start(): Promise<void> {
  const i18n = browserI18n();
  const root = document.documentElement;
  root.lang = i18n.locale;
  document.title = i18n.t('extName');
  installStyles(document, 'controls', controlsCss);
  installStyles(document, 'popup', popupCss);
  installCardStyles(document);

  const isTab = pinnedTab !== null || (await ownTab());
  const ports: PopupPorts = {
    background: createBackgroundClient((m) => browser.runtime.sendMessage(m)),
    tabs: createTabClient((tabId, m) => browser.tabs.sendMessage(tabId, m)),
    findTarget: () => findTarget(isTab),
    onSettingsChanged(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (isSettingsChange(changes, area)) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    close: () => window.close(),
    isTab,
    copy: (text) => navigator.clipboard.writeText(text),
    openOptions: () => {
      void browser.runtime.openOptionsPage().then(() => {
        if (!isTab) window.close();
      });
    },
    initialQuery: params.get('q'),
  };

  const mount = document.getElementById('app');
  if (mount === null) throw new Error('popup.html has no #app');
  render(
    <I18nProvider value={i18n}>
      <PopupApp ports={ports} />
    </I18nProvider>,
    mount,
  );
}

void start();
