/**
 * The content script (content.js), on every http(s) and file page at document_idle. It costs a
 * page almost nothing until the settings say Gloss is on here: two reads of the page cache in
 * storage.local and, in the default mode, the cheap article check. Everything else starts only
 * then (gloss-page.ts).
 */
import { createBackgroundClient } from '../core/messages/client.ts';
import { parseContentRequest } from '../core/messages/content-requests.ts';
import { serveMessage } from '../core/messages/protocol.ts';
import { contentExt } from './ext.ts';
import { GlossPage } from './page/gloss-page.ts';
import { pageHighlightApi } from './scan/highlighter.ts';
import { guard, warn } from './log.ts';
import { watchNavigation } from './page/navigation.ts';
import { isPageCacheChange, pageDataSource } from './page/page-data.ts';
import { contentHandlers } from './page/request-handlers.ts';
import { pageClock } from './scan/slice-runner.ts';

function main(): void {
  const win = window;
  const ext = contentExt();
  const i18n = ext.i18n();
  const background = createBackgroundClient((m) => ext.sendMessage(m));
  const page = new GlossPage({
    win,
    doc: document,
    background,
    data: pageDataSource((keys) => ext.localGet(keys), background),
    i18n,
    highlightApi: pageHighlightApi(win),
    clock: pageClock(win),
    copy: (text) => navigator.clipboard.writeText(text),
  });
  const handlers = contentHandlers(page, win, i18n.t);

  ext.onMessage((message, sender) => {
    // Only this extension (its popup and worker) may drive the page's cards.
    if (sender.id !== ext.id) return undefined;
    return serveMessage(message, parseContentRequest, handlers, undefined);
  });
  ext.onStorageChanged(
    guard('reacting to a settings change failed', (changes, area) => {
      if (isPageCacheChange(changes, area)) void page.evaluate();
    }),
  );
  watchNavigation(win, () => void page.navigated());
  void page.evaluate();
}

// A second injection into the same page (an extension reload in development) must not double up.
// Compared with `true`, not truthiness: an element with id="__glossContentScript" is a window
// property in the page and must not stop Gloss from starting.
const MARK = '__glossContentScript';
const scope = globalThis as unknown as Record<string, unknown>;
if (scope[MARK] !== true) {
  scope[MARK] = true;
  try {
    main();
  } catch (error) {
    warn('could not start', error);
  }
}
