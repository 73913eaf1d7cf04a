import { LOCAL_FILES } from '../../core/settings/index.ts';
import type { Translate } from '../i18n.tsx';

/** How a site key reads in the UI: the host as it is, or "local files" in the UI language. */
export function siteLabel(site: string, t: Translate): string {
  return site === LOCAL_FILES ? t('options_localFiles') : site;
}
