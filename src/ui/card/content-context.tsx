import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ContentLanguage } from '../content-language.ts';

/** The language the card shows its entry in (see content-language.ts); Card provides it. */
const ContentContext = createContext<ContentLanguage>({ chain: ['en'], lang: 'en', locale: 'en-GB', missing: null });

export const ContentProvider = ContentContext.Provider;

export function useContent(): ContentLanguage {
  return useContext(ContentContext);
}
