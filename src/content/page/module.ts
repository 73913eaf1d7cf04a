/**
 * content-scan.js: Gloss on a page where it runs, loaded by the gate (content/gate/) with import()
 * once the page's settings say so, or when the reader asks for a card on a page Gloss otherwise
 * leaves alone. Self-contained: Chrome serves it from a per-session URL (use_dynamic_url), and a
 * module there cannot import another by a relative path.
 */
import { createBackgroundClient } from '../../core/messages/client.ts';
import { parseContentRequest } from '../../core/messages/content-requests.ts';
import { serveMessage } from '../../core/messages/protocol.ts';
import type { ContentExt } from '../gate/ext.ts';
import type { CardModule } from '../hover/term-cards.ts';
import { guard } from '../log.ts';
import { pageHighlightApi } from '../scan/highlighter.ts';
import { nextTask } from '../scan/next-task.ts';
import { pageClock } from '../scan/slice-runner.ts';
import { GlossPage } from './gloss-page.ts';
import { isPageCacheChange, pageDataSource, type FirstRead } from './page-data.ts';
import { contentHandlers } from './request-handlers.ts';

/** What the gate drives. */
export interface PageController {
  /** Reads the settings again and applies them (start, restyle or stop). */
  evaluate(): Promise<void>;
  /** An SPA navigation: a new page in the same document. */
  navigated(): Promise<void>;
  /** A request from this extension (validated here); undefined when it is not one. */
  handle(message: unknown): Promise<unknown> | undefined;
  storageChanged(changes: Record<string, unknown>, area: string): void;
}

export const CARD_MODULE = 'content-card.js';

export function startPage(ext: ContentExt, win: Window & typeof globalThis, first?: FirstRead): PageController {
  const i18n = ext.i18n();
  const background = createBackgroundClient((m) => ext.sendMessage(m));
  const page = new GlossPage({
    win,
    doc: win.document,
    background,
    data: pageDataSource((keys) => ext.localGet(keys), background, first),
    i18n,
    highlightApi: pageHighlightApi(win),
    clock: pageClock(win),
    copy: (text) => win.navigator.clipboard.writeText(text),
    loadCard: () => import(ext.getURL(CARD_MODULE)) as Promise<CardModule>,
    nextTask: () => new Promise((resolve) => nextTask(win, resolve)),
  });
  const handlers = contentHandlers(page, win, i18n.t);
  return {
    evaluate: () => page.evaluate(),
    navigated: () => page.navigated(),
    handle: (message) => serveMessage(message, parseContentRequest, handlers, undefined),
    storageChanged: guard('reacting to a settings change failed', (changes: Record<string, unknown>, area: string) => {
      if (isPageCacheChange(changes, area)) void page.evaluate();
    }),
  };
}
