/**
 * A page's settings from what the gate read of the page cache, with the view checked whole
 * (PageViewSchema): the gate checked only the fields it decides from.
 */
import * as v from 'valibot';
import { PageViewSchema, pageSettingsOf, type PageSettings } from '../../core/settings/page-view.ts';
import { readPageCache, type PageCacheRead, type ReadLocal } from '../gate/page-settings.ts';

/** A page's settings and the stamp of the terms that apply to it (data.ts StoredMatcher.stamp). */
export interface PageSettingsLoad {
  /** Null where Gloss never runs (not http(s), a bare IP without a host…). */
  site: string | null;
  settings: PageSettings;
  stamp: string;
  /** The storage keys this page's decision depends on. */
  keys: string[];
}

/** Null when the stored view does not hold everything a page needs. */
export function pageSettingsFrom(read: PageCacheRead): PageSettingsLoad | null {
  const view = v.safeParse(PageViewSchema, read.raw);
  if (!view.success) return null;
  return { site: read.site, settings: pageSettingsOf(view.output, read.rule), stamp: view.output.terms, keys: read.keys };
}

/** Null when the cache is missing or unreadable (the caller asks the background instead). */
export async function readPageSettings(readLocal: ReadLocal, url: string): Promise<PageSettingsLoad | null> {
  const read = await readPageCache(readLocal, url);
  return read && pageSettingsFrom(read);
}
