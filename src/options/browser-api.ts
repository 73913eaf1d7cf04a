/**
 * What the options page needs from the browser. main.tsx builds these from `browser`; the DOM
 * tests pass fakes. Every settings write goes to the background (the only writer of storage).
 */
import type { BackgroundClient } from '../core/messages/index.ts';

export interface OptionsPorts {
  background: BackgroundClient;
  /** Calls `listener` when Gloss's settings change anywhere (storage.onChanged); returns the unsubscribe. */
  onSettingsChanged(listener: () => void): () => void;
  /** Saves `text` as a file named `filename` (a Blob behind an <a download>). */
  download(filename: string, text: string): void;
}
