/**
 * The gate: the only part of Gloss every page loads (content.js). It decides whether Gloss runs on
 * this page from the page cache in storage.local (no message, the worker sleeps on), the
 * publisher's opt-out and, where the mode needs it, the cheap article check. Where Gloss does not
 * run it stops there: it sends nothing, keeps no timer but one later look for apps that render
 * their article late, and answers the worker's questions about the page from what it knows.
 * Where Gloss runs, or the reader asks for a card (context menu, keyboard command), it loads the
 * page module (content-scan.js) and hands it the page.
 */
import { isContentRequest } from '../../core/messages/content-types.ts';
import type { GlossDecision } from '../../core/settings/decide.ts';
import type { PageController } from '../page/module.ts';
import type { FirstRead } from '../page/page-data.ts';
import { termsKeyFor } from '../../core/settings/page-cache.ts';
import type { ContentExt } from './ext.ts';
import { decideFromSettings } from './gate-decision.ts';
import { readPageCache, type PageCacheRead } from './page-settings.ts';
import { pageWantsLatinTerms } from './terms-part.ts';
import { warn } from '../log.ts';
import { Rerun } from '../rerun.ts';
import { nextTask } from '../scan/next-task.ts';

export const SCAN_MODULE = 'content-scan.js';
/** A page that was not an article when the document had loaded is looked at once more this much later. */
const RECHECK_MS = 2500;

interface ScanModule {
  startPage(ext: ContentExt, win: Window & typeof globalThis, first?: FirstRead): PageController;
}

interface GateState {
  site: string | null;
  isArticle: boolean | null;
  decision: GlossDecision;
  /** The storage keys the decision depends on. */
  keys: ReadonlySet<string>;
}

export interface GatePorts {
  ext: ContentExt;
  win: Window & typeof globalThis;
  /** import() of an extension module; tests pass their own. */
  load(url: string): Promise<unknown>;
}

export class Gate {
  private state: GateState | null = null;
  private controller: Promise<PageController | null> | null = null;
  private readonly deciding = new Rerun(() => this.decide(), 'deciding whether to run');
  private rechecked = false;
  /**
   * What the last decision read, reused by the later look at the page (it only looks at the
   * document again); dropped when the page cache or the URL changes. `reads` counts those drops,
   * so a read that was under way when one happened is not kept.
   */
  private cache: PageCacheRead | null = null;
  private reads = 0;

  constructor(private readonly ports: GatePorts) {}

  /** Whether the page module has been asked for. */
  get loaded(): boolean {
    return this.controller !== null;
  }

  /** Decides again; calls made meanwhile collapse into one more. */
  evaluate(): Promise<void> {
    return this.deciding.run();
  }

  /** A message from this extension: answered here while the page module is not needed. */
  message(message: unknown): Promise<unknown> | undefined {
    if (!isContentRequest(message)) return undefined;
    return this.route(message);
  }

  private async route(message: { type: string }): Promise<unknown> {
    if (message.type === 'pageState' || message.type === 'listTerms') {
      // Asked while deciding: the answer is the decision, which may be to load the page module.
      await this.settled();
      if (this.controller === null) return message.type === 'pageState' ? this.answerState() : this.answerList();
    }
    // The rest wants the page: a card from the context menu or a keyboard command.
    const controller = await this.module();
    return controller ? controller.handle(message) : { ok: false, error: { code: 'internal', message: 'Gloss could not load on this page' } };
  }

  storageChanged(changes: Record<string, unknown>, area: string): void {
    if (this.controller !== null) {
      void this.controller.then((c) => c?.storageChanged(changes, area));
      return;
    }
    if (area !== 'local') return;
    const keys = this.state?.keys;
    // Before the first decision any page cache key may matter; after it, only this page's.
    if (Object.keys(changes).some((key) => (keys ? keys.has(key) : key.startsWith('gloss.')))) {
      this.forget();
      void this.evaluate();
    }
  }

  navigated(): void {
    if (this.controller !== null) void this.controller.then((c) => c?.navigated());
    else {
      this.forget();
      void this.evaluate();
    }
  }

  private forget(): void {
    this.cache = null;
    this.reads++;
  }

  private async read(): Promise<PageCacheRead | null> {
    if (this.cache !== null) return this.cache;
    const { ext, win } = this.ports;
    const at = this.reads;
    try {
      const read = await readPageCache((keys) => ext.localGet(keys), win.location);
      if (at === this.reads) this.cache = read;
      return read;
    } catch (error) {
      warn('could not read the page cache', error);
      return null;
    }
  }

  private async decide(): Promise<void> {
    if (this.controller !== null) {
      // The page module holds the page now: it reads the settings and decides itself.
      await (await this.controller)?.evaluate();
      return;
    }
    const { ext, win } = this.ports;
    const load = await this.read();
    // No page cache yet (the worker has not written it since install): the module asks the worker.
    if (load === null) {
      await (await this.module())?.evaluate();
      return;
    }
    const { isArticle, decision } = load.site === null ? { isArticle: null, decision: { on: false, reason: 'restricted' } as const } : decideFromSettings({ ...load.view, rule: load.rule }, win.document);
    this.state = { site: load.site, isArticle, decision, keys: new Set(load.keys) };
    if (decision.on) {
      // The terms are read while content-scan.js loads; the settings are not read again, nor the page.
      // A page in a Latin-script language reads only the Latin-script part of them, which is smaller.
      const latin = pageWantsLatinTerms(win.document);
      const terms = ext.localGet([termsKeyFor(latin)]);
      // Awaited by the page module; handled here too, so a module that failed to load leaves no unhandled rejection.
      terms.catch(() => undefined);
      await (await this.module({ cache: load, terms, latin, decided: { isArticle, decision } }))?.evaluate();
    } else if (decision.reason === 'not-article' && !this.rechecked) {
      // Apps that render their article after the document has loaded get one more look.
      this.rechecked = true;
      win.setTimeout(() => void this.evaluate(), RECHECK_MS);
    }
  }

  private module(first?: FirstRead): Promise<PageController | null> {
    this.controller ??= this.ports
      .load(this.ports.ext.getURL(SCAN_MODULE))
      .then(async (module) => {
        // The page starts in a task after the one that evaluated the module: the two made one long task.
        await new Promise<void>((resolve) => nextTask(this.ports.win, resolve));
        return (module as ScanModule).startPage(this.ports.ext, this.ports.win, first);
      })
      .catch((error: unknown) => {
        warn('could not load Gloss on this page', error);
        this.controller = null;
        return null;
      });
    return this.controller;
  }

  private answerState(): unknown {
    const s = this.state;
    return { ok: true, value: { site: s?.site ?? null, on: false, reason: s?.decision.reason ?? 'not-article', distinct: 0, modules: [] } };
  }

  private answerList(): unknown {
    const s = this.state;
    return { ok: true, value: { terms: [], site: s?.site ?? null, isArticle: s?.isArticle ?? false, on: false, reason: s?.decision.reason ?? 'not-article' } };
  }

  private async settled(): Promise<void> {
    await this.deciding.pending;
  }
}
