/**
 * Gloss on one page: decide whether it is on (before any scanning), start or stop the scan, keep
 * up with settings changes and SPA navigations, and report to the badge. Browser-free: main.ts
 * passes the ports, tests pass fakes.
 */
import type { Category } from '../../core/facts/types.ts';
import { createMatcher, type Matcher, type StoredMatcher } from '../../core/match/index.ts';
import type { BackgroundClient } from '../../core/messages/index.ts';
import type { PageSettings } from '../../core/settings/page-view.ts';
import { pageStateOf } from '../../core/settings/decide.ts';
import type { I18n } from '../../ui/i18n.tsx';
import { decide, type PageDecision } from './decision.ts';
import { HeldTerms } from './held-terms.ts';
import type { PageDataSource } from './page-data.ts';
import { EntryCache } from '../entry-cache.ts';
import { Highlighter, type HighlightApi } from '../scan/highlighter.ts';
import { warn } from '../log.ts';
import { Rerun } from '../rerun.ts';
import type { MarkOptions } from '../scan/marks.ts';
import type { TermRecord } from '../scan/match-store.ts';
import { ScanSession } from '../scan/scan-session.ts';
import type { Clock } from '../scan/slice-runner.ts';
import { TermCards, type CardModule } from '../hover/term-cards.ts';

export interface PagePorts {
  win: Window & typeof globalThis;
  doc: Document;
  background: BackgroundClient;
  /** The page's settings and terms (the page cache, or the background). */
  data: PageDataSource;
  i18n: I18n;
  highlightApi: HighlightApi | null;
  clock: Clock;
  copy(text: string): Promise<void>;
  /** Loads content-card.js (the card, its Preact tree and styles). */
  loadCard(): Promise<CardModule>;
  /** Resolves in a task of its own; none: go on in the same task (tests). */
  nextTask?(): Promise<void>;
}

/** Badge reports are sent at most this often while a page keeps changing. */
const REPORT_MS = 1000;
/** A page that was not an article when the gate first looked is checked once more this much later. */
const RECHECK_MS = 2500;

export class GlossPage {
  readonly entries: EntryCache;
  readonly cards: TermCards;
  /** Entry id → category, from the terms the matcher was built from. */
  private categories = new Map<string, Category>();
  /** The terms the matcher holds. */
  private readonly held: HeldTerms;
  private current: PageDecision | null = null;
  private session: ScanSession | null = null;
  private highlighter: Highlighter | null = null;
  private matcher: Matcher | null = null;
  private readonly deciding = new Rerun(() => this.decideAndApply(), 'deciding whether to run');
  private reported: string | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: Array<() => void> = [];
  private rechecked = false;

  constructor(private readonly ports: PagePorts) {
    const { win, doc } = ports;
    this.held = new HeldTerms(doc);
    this.entries = new EntryCache(ports.background);
    this.cards = new TermCards({
      win,
      doc,
      entries: this.entries,
      i18n: ports.i18n,
      timers: { setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (h) => win.clearTimeout(h as number) },
      actions: {
        mute: (id) => void this.mute(id),
        siteOff: () => void this.siteOff(),
        copy: (text) => ports.copy(text),
      },
      terms: () => {
        const session = this.session;
        return session ? { store: session.store, isMarked: (r) => session.marks.isMarked(r), highlighter: this.highlighter } : null;
      },
      loadCard: () => ports.loadCard(),
    });
  }

  get decision(): PageDecision | null {
    return this.current;
  }

  get scan(): ScanSession | null {
    return this.session;
  }

  /** Asks for the settings again and applies them; calls made meanwhile collapse into one more. */
  evaluate(): Promise<void> {
    return this.deciding.run();
  }

  private async decideAndApply(): Promise<void> {
    const { held } = this;
    const next = await decide(this.ports.data, this.ports.win.location.href, this.ports.doc, held.usable, held.latinWill);
    // New terms are decoded in a task of their own: where the gate's reads were quick, the decision
    // comes in the task that evaluated content-scan.js, and the two together made one long task.
    if (next?.terms && this.ports.nextTask) await this.ports.nextTask();
    if (next) this.apply(next);
  }

  /** An SPA navigation: a new page in the same document. Start from scratch. */
  async navigated(): Promise<void> {
    this.cards.close();
    this.session?.stop();
    this.session = null;
    this.reported = null;
    await this.evaluate();
  }

  /**
   * Resolves once the page's decision is made and its scan has nothing queued (at once when off),
   * or after `timeoutMs`: requests that arrive while the page is still starting wait for it.
   */
  async whenIdle(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const pending = this.deciding.pending;
    if (pending) await Promise.race([pending, new Promise((r) => setTimeout(r, timeoutMs))]);
    const left = deadline - Date.now();
    if (left <= 0 || !this.session || (this.session.started && !this.session.scanning)) return;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, left);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  stop(): void {
    this.session?.stop();
    this.session = null;
    this.highlighter?.dispose();
    this.highlighter = null;
    this.cards.dispose();
  }

  private apply(next: PageDecision): void {
    this.current = next;
    const { settings, decision } = next;
    this.cards.hoverDelay = settings.hoverDelayMs;
    if (next.terms) this.useTerms(next.terms);
    if (!decision.on || !this.matcher) {
      if (this.session || this.highlighter) this.stop();
      this.report();
      // Apps that render their article after the document has loaded get one more look.
      if (decision.reason === 'not-article' && !this.rechecked) {
        this.rechecked = true;
        setTimeout(() => void this.evaluate(), RECHECK_MS);
      }
      return;
    }
    const options = this.markOptions(settings);
    if (this.session) {
      this.highlighter?.setStyle(settings.highlightStyle);
      this.session.setOptions(options);
      this.cards.dropIfGone();
    } else {
      // The badge learns the count once the first scan is idle (scanIdle): one message, not one
      // now with nothing counted yet and another a moment later.
      this.start(settings, options);
      return;
    }
    this.report();
  }

  /** Starts marking: a new scan session, whose first slice runs now (budgeted like any other). */
  private start(settings: PageSettings, options: MarkOptions): void {
    const { win, doc } = this.ports;
    const matcher = this.matcher;
    if (!matcher) return;
    if (this.ports.highlightApi) {
      this.highlighter ??= new Highlighter(this.ports.highlightApi);
      this.highlighter.setStyle(settings.highlightStyle);
    }
    const session = new ScanSession({
      doc,
      view: win,
      Observer: win.MutationObserver,
      matcher,
      highlighter: this.highlighter,
      clock: this.ports.clock,
      timers: { now: () => this.ports.clock.now(), setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (h) => win.clearTimeout(h as number) },
      isOwn: (node) => this.cards.isOwn(node),
      options,
      onMarksChanged: () => this.marksChanged(),
      onIdle: () => this.scanIdle(),
      // The page has Cyrillic or Arabic-script text after all (a quote, a name in the original).
      onOtherScript: this.held.latin
        ? () => {
            if (this.held.needWhole()) void this.evaluate();
          }
        : undefined,
    });
    this.session = session;
    this.cards.listen();
    session.start();
  }

  /**
   * New terms (first, or the reader muted or unmuted one): decoded at once, nothing is built on
   * the page; a page already marked is read again with them.
   */
  private useTerms(terms: StoredMatcher): void {
    try {
      // The background checked these in full before it stored them: the page checks their shape.
      this.matcher = createMatcher(terms, 'shape');
    } catch (error) {
      warn('the compiled terms are unusable', error);
      return;
    }
    const wholeOfPart = this.held.take(terms);
    const { ids, categories } = this.matcher.data;
    this.categories = new Map(ids.map((id, i) => [id, (categories[i] ?? '') as Category]));
    if (!this.session) return;
    // The same entries and rules: the page is read again in place.
    if (wholeOfPart) {
      this.session.useMatcher(this.matcher);
      return;
    }
    this.session.stop();
    this.session = null;
  }

  private markOptions(settings: PageSettings): MarkOptions {
    return {
      mentions: settings.mentions,
      categoriesOff: new Set<Category>(settings.categoriesOff),
      categoryOf: (id) => this.categories.get(id),
    };
  }

  private marksChanged(): void {
    this.cards.dropIfGone();
    this.scheduleReport();
  }

  private scanIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
    this.scheduleReport();
  }

  private scheduleReport(): void {
    if (this.reportTimer !== undefined) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      this.report();
    }, REPORT_MS);
  }

  /** Tells the background what to show on the badge; only when something changed. */
  private report(): void {
    const decision = this.current?.decision;
    if (!decision || this.current?.site === null) return;
    const distinct = this.session?.marks.distinct ?? 0;
    const state = pageStateOf(decision);
    const key = `${state}:${distinct}`;
    if (key === this.reported) return;
    this.reported = key;
    void this.ports.background.request({ type: 'reportPage', distinct, state }).then((answer) => {
      if (!answer.ok) warn(`could not report the page (${answer.error.message})`);
    });
  }

  private async mute(id: string): Promise<void> {
    this.cards.close();
    // The background leaves the muted entry out of the page's terms; the page cache brings them.
    const answer = await this.ports.background.request({ type: 'muteTerm', id });
    if (!answer.ok) warn(`could not mute "${id}" (${answer.error.message})`);
  }

  private async siteOff(): Promise<void> {
    const current = this.current;
    this.cards.close();
    if (!current?.site) return;
    // The background takes the site from the sender's address: a page cannot name another site.
    const answer = await this.ports.background.request({ type: 'turnOffHere' });
    if (!answer.ok) warn(`could not turn Gloss off on ${current.site} (${answer.error.message})`);
    // The page cache brings the new rule; do not wait for it to take the marks away.
    else this.apply({ ...current, settings: { ...current.settings, rule: 'off' }, decision: { on: false, reason: 'site-off' } });
  }

  /** For the request handlers: marked records in document order. */
  ordered(): TermRecord[] {
    return this.session?.marks.ordered() ?? [];
  }
}
