/**
 * What the popup needs from the browser, cut down to a few functions. main.tsx builds them from
 * `browser`; the DOM tests pass fakes.
 */
import type { BackgroundClient, TabClient } from '../core/messages/index.ts';
import type { Target } from './page-state.ts';

export interface PopupPorts {
  background: BackgroundClient;
  tabs: TabClient;
  /** The tab the popup speaks about (see Target). */
  findTarget(): Promise<Target>;
  /** Calls `listener` when Gloss's settings change anywhere (storage.onChanged); returns the unsubscribe. */
  onSettingsChanged(listener: () => void): () => void;
  /** Closes the toolbar popup (window.close()). */
  close(): void;
  /** True when this page is a tab of its own, not the toolbar popup: it stays open after a jump. */
  isTab: boolean;
  /** Writes the clipboard; rejects when that fails. */
  copy(text: string): Promise<void>;
  openOptions(): void;
  /** A query handed over in the URL (?q=…), the fallback of "Explain … with Gloss". */
  initialQuery: string | null;
}
