/**
 * The toolbar badge of each tab, fed by the content script's reportPage.
 * - on, with terms: the number of distinct terms marked ("99+" above 99), in the accent colour;
 * - on, no terms: empty; a "0" on every article would be noise;
 * - off (the reader switched Gloss off here, or everywhere): a short grey "off", so the reader
 *   sees at a glance why nothing is marked;
 * - not an article: empty; Gloss is idle by design on most of the web.
 * The tooltip always says the state in words, for screen readers and the curious.
 */
import type { PageState } from '../core/messages/index.ts';
import type { ActionPort, Translate } from './browser-api.ts';

export const BADGE_ON_COLOR = '#2f5d8a';
export const BADGE_OFF_COLOR = '#6b7280';

export interface BadgeView {
  text: string;
  color: string;
  /** i18n key of the tooltip, and its substitutions. */
  title: { key: string; substitutions?: string[] };
}

export function badgeFor(distinct: number, state: PageState): BadgeView {
  switch (state) {
    case 'on':
      return distinct > 0
        ? { text: distinct > 99 ? '99+' : String(distinct), color: BADGE_ON_COLOR, title: { key: 'badge_titleTerms', substitutions: [String(distinct)] } }
        : { text: '', color: BADGE_ON_COLOR, title: { key: 'badge_titleNoTerms' } };
    case 'off':
      return { text: 'off', color: BADGE_OFF_COLOR, title: { key: 'badge_titleOff' } };
    case 'not-article':
      return { text: '', color: BADGE_OFF_COLOR, title: { key: 'badge_titleNotArticle' } };
  }
}

/** Shows a view on one tab's badge. The "off" text is translated ("aus" in German). */
export async function showBadge(action: ActionPort, t: Translate, tabId: number, view: BadgeView): Promise<string> {
  const text = view.text === 'off' ? t('badge_off') || 'off' : view.text;
  const name = t('extName') || 'Gloss';
  const title = t(view.title.key, view.title.substitutions) || name;
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: view.color }),
    action.setTitle({ tabId, title }),
  ]);
  return text;
}
