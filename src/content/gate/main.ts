/**
 * content.js, on every http(s) and file page at document_end: the gate (gate.ts). Everything
 * else loads only where it is needed (content-scan.js, content-card.js). document_end, not idle:
 * the parsed document is all the article check needs, and at document_idle Chromium waits for the
 * page's load or an idle moment, a few hundred ms before a reader saw the first mark.
 */
import { guard, warn } from '../log.ts';
import { watchNavigation } from '../page/navigation.ts';
import { contentExt } from './ext.ts';
import { Gate } from './gate.ts';

function main(): void {
  const ext = contentExt();
  const gate = new Gate({ ext, win: window, load: (url) => import(url) });
  ext.onMessage((message, sender) => {
    // Only this extension (its popup and worker) may drive the page's cards.
    if (sender.id !== ext.id) return undefined;
    return gate.message(message);
  });
  ext.onStorageChanged(guard('reacting to a settings change failed', (changes, area) => gate.storageChanged(changes, area)));
  watchNavigation(window, () => gate.navigated());
  void gate.evaluate();
}

// A second injection into the same page (an extension reload in development) must not double up.
// Compared with `true`, not truthiness: the isolated world's global is Gloss's own, but an
// element id in the page becomes a window property there too.
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
