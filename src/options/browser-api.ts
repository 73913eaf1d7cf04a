/**
 * What the options page needs from the browser. main.tsx builds these from `browser`; the DOM
 * tests pass fakes. Every write goes to the background (the only writer of storage and the owner
 * of the glossaries); the page only reads the compiled terms it keeps for pages, for the preview.
 */
import type { BackgroundClient } from '../core/messages/index.ts';

export interface OptionsPorts {
  background: BackgroundClient;
  /** Calls `listener` when Gloss's settings change anywhere (storage.onChanged); returns the unsubscribe. */
  onSettingsChanged(listener: () => void): () => void;
  /** Saves `text` as a file named `filename` (a Blob behind an <a download>). */
  download(filename: string, text: string): void;
  /**
   * The compiled terms of the enabled glossaries as the background stored them for pages
   * (storage.local, see stored-terms.ts), unchecked; undefined before the background wrote them.
   */
  readTerms(): Promise<unknown>;
  /** Calls `listener` when those terms are rewritten (a glossary or the muted list changed); returns the unsubscribe. */
  onTermsChanged(listener: () => void): () => void;
}
