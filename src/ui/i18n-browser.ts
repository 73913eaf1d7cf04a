import browser from 'webextension-polyfill';
import type { I18n, MessageKey, Translate } from './i18n.tsx';

/**
 * The one place the UI touches `browser.i18n`, so components and tests never load the polyfill.
 * An unknown key gives the key itself rather than an empty string: a gap is visible, not silent.
 */
const browserTranslate: Translate = (key: MessageKey, substitutions?: string | string[]) => {
  const text = browser.i18n.getMessage(key, substitutions);
  return text === '' ? key : text;
};

/** The I18n value for <I18nProvider> / renderCard in an extension context. */
export function browserI18n(): I18n {
  return { t: browserTranslate, locale: browserTranslate('ui_locale') };
}
