/**
 * The options page's entry (options.js). Adapts `browser` to OptionsPorts and mounts <OptionsApp>.
 * All writes go through the background; this page registers no runtime.onMessage listener. It
 * bundles no facts: glossaries and titles come from the background, the preview's terms from the
 * page cache the background keeps in storage.local.
 */
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { createBackgroundClient } from '../core/messages/index.ts';
import { isSettingsChange } from '../core/settings/index.ts';
import { controlsCss } from '../ui/controls/controls.css.ts';
import { installStyles } from '../ui/controls/install-styles.ts';
import { I18nProvider } from '../ui/i18n.tsx';
import { browserI18n } from '../ui/i18n-browser.ts';
import { OptionsApp } from './App.tsx';
import { downloadText } from './download.ts';
import { TERMS_KEY } from '../core/settings/page-cache.ts';
import { optionsCss } from './options.css.ts';
import type { OptionsPorts } from './browser-api.ts';

function start(): void {
  const i18n = browserI18n();
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t('options_title');
  installStyles(document, 'controls', controlsCss);
  installStyles(document, 'options', optionsCss);

  const ports: OptionsPorts = {
    background: createBackgroundClient((m) => browser.runtime.sendMessage(m)),
    onSettingsChanged(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (isSettingsChange(changes, area)) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    download: (filename, text) => downloadText(document, filename, text),
    readTerms: async () => (await browser.storage.local.get(TERMS_KEY))[TERMS_KEY],
    onTermsChanged(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && Object.hasOwn(changes, TERMS_KEY)) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };

  const mount = document.getElementById('app');
  if (mount === null) throw new Error('options.html has no #app');
  render(
    <I18nProvider value={i18n}>
      <OptionsApp ports={ports} />
    </I18nProvider>,
    mount,
  );
}

start();
