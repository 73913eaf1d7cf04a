/**
 * One page's scan while Gloss is on: walk (viewport first) in idle slices, keep up with page
 * changes, and keep the marks in line with the settings.
 */
import type { Matcher } from '../../core/match/index.ts';
import type { Highlighter } from './highlighter.ts';
import { MatchStore, textNodesUnder } from './match-store.ts';
import { PageDecisions } from './page-decisions.ts';
import { Marks, type MarkOptions, type MarkSink } from './marks.ts';
import { DEFAULT_WATCH, MutationWatcher, type Batch, type Timers, type WatchOptions } from './mutation-watcher.ts';
import { SliceRunner, type Clock, type Job } from './slice-runner.ts';
import { WalkJob } from './scan-jobs.ts';
import { viewportAnchor } from './viewport.ts';
import { articleScope, laterStories } from '../../core/settings/article-scope.ts';

export interface SessionDeps {
  doc: Document;
  view: { scrollY: number; innerWidth: number; innerHeight: number };
  Observer: typeof MutationObserver;
  matcher: Matcher;
  /** Where marks go; null where the browser has no Highlight API (terms are still found). */
  highlighter: Highlighter | null;
  clock: Clock;
  timers: Timers;
  /** Gloss's own nodes (the card host): never scanned, their changes ignored. */
  isOwn: (node: Node) => boolean;
  options: MarkOptions;
  /** After marks changed (distinct count, the card's term may be gone). */
  onMarksChanged(): void;
  /** When a scan (first walk or a rescan) has finished and nothing is queued. */
  onIdle?(): void;
  budgetMs?: number;
  watch?: WatchOptions;
  /**
   * Where the matcher holds only the Latin-script terms: called when a block has letters of the
   * scripts they leave out (the page must be read again with the whole).
   */
  onOtherScript?: () => void;
}

const NO_SINK: MarkSink = { add() {}, delete() {} };

/**
 * About one screen of article text (a desktop column of ~75 characters a line, ~35 lines, and the
 * headline). A full walk reads this much in slices that follow one another task by task; only the
 * rest waits for idle time. The reader is looking at this part now, and an idle period can be 50 ms
 * or more away: on a quiet page Chromium holds the next one until its long idle period begins.
 */
const FIRST_SCREEN_CHARS = 3000;

export class ScanSession {
  readonly store = new MatchStore();
  /** Candidates only the whole page can decide (short forms, context on the page). */
  private decisions: PageDecisions;
  readonly marks: Marks;
  readonly runner: SliceRunner;
  private readonly watcher: MutationWatcher;
  private walks: WalkJob[] = [];
  /** What is read: the article and its headline (article-scope.ts), or null for the whole body. Picked at each full walk. */
  private scope: Element[] | null = null;
  /**
   * The queued job that picks the scope and starts the full walk; null once it ran. While it waits,
   * changed blocks need no reading of their own: the walk will read the page as it is then.
   */
  private pick: Job | null = null;
  private options: MarkOptions;
  private matcher: Matcher;
  /** While the matcher holds only the Latin-script part: blocks are watched for other scripts. */
  private onOtherScript: (() => void) | undefined;
  private stopped = false;
  /** start() has run: before it, nothing is queued yet but the scan has not happened either. */
  started = false;

  constructor(private readonly deps: SessionDeps) {
    this.options = deps.options;
    this.matcher = deps.matcher;
    this.onOtherScript = deps.onOtherScript;
    this.decisions = this.decisionsFor(deps.matcher);
    this.marks = new Marks(deps.highlighter ?? NO_SINK);
    this.runner = new SliceRunner(deps.clock, {
      budgetMs: deps.budgetMs ?? 6,
      idleTimeoutMs: 120,
      afterSlice: () => this.afterSlice(),
    });
    // The page may have no root element (or no body, below) though the DOM types say otherwise.
    const pageRoot = deps.doc.documentElement as Element | null;
    this.watcher = new MutationWatcher(pageRoot ?? deps.doc, deps.Observer, deps.isOwn, (b) => this.onBatch(b), deps.timers, deps.watch ?? DEFAULT_WATCH);
  }

  private get root(): Node {
    const { doc } = this.deps;
    const body = doc.body as HTMLElement | null;
    const pageRoot = doc.documentElement as Element | null;
    return body ?? pageRoot ?? doc;
  }

  /** Starts the first walk and watching; the first slice runs in the next task. */
  start(): void {
    if (this.stopped) return;
    this.started = true;
    this.walkAll();
    this.watcher.start();
    this.runner.runSoon();
  }

  /** Forgets everything and reads the page again (an SPA navigation, a flood of changes). */
  rescanAll(): void {
    if (this.stopped) return;
    this.watcher.flush();
    this.store.clear();
    this.decisions.clear();
    this.walkAll();
  }

  /**
   * More of the same terms (the whole in place of their Latin-script part: the same entries and
   * rules): the page is walked again from the viewport, and each block's old records give way only
   * when it is read again, so no mark goes out and comes back.
   */
  useMatcher(matcher: Matcher): void {
    if (this.stopped) return;
    this.matcher = matcher;
    // The whole has every script: its blocks need no more looking at for them.
    this.onOtherScript = undefined;
    // Its rules are numbered apart: what the old decisions recorded goes as each block is read again.
    this.decisions = this.decisionsFor(matcher);
    this.walkAll();
  }

  private decisionsFor({ data }: Matcher): PageDecisions {
    const entryIndex = new Map(data.ids.map((id, i) => [id, i]));
    return new PageDecisions(this.store, data.rules, (entry) => data.ids[entry] ?? '', (id) => entryIndex.get(id) ?? -1);
  }

  setOptions(options: MarkOptions): void {
    this.options = options;
    this.store.markAllDirty();
    this.sync();
  }

  /** Re-applies the marks of these ids (their category became known). */
  refresh(ids: Iterable<string>): void {
    if (this.marks.sync(this.store, ids, this.options)) this.deps.onMarksChanged();
  }

  get scanning(): boolean {
    return this.runner.busy;
  }

  stop(): void {
    this.stopped = true;
    this.runner.clear();
    this.watcher.stop();
    for (const w of this.walks) w.cancel();
    this.walks = [];
    this.marks.clear();
    this.store.clear();
    this.decisions.clear();
  }

  /**
   * Queues the full walk. The scope is picked in the first slice, not here: on a cold page it
   * costs a few ms of first DOM touches, which would lengthen the task that started the page.
   */
  private walkAll(): void {
    for (const w of this.walks) w.cancel();
    this.walks = [];
    this.scope = null;
    // A pick queued for an earlier full walk finds itself replaced and does nothing.
    const pick: Job = {
      work: () => {
        if (this.pick === pick && !this.stopped) this.queueWalks();
        return false;
      },
    };
    this.pick = pick;
    this.runner.add(pick);
  }

  private queueWalks(): void {
    this.pick = null;
    const body = this.root;
    this.scope = articleScope(this.deps.doc);
    const anchor = viewportAnchor(this.deps.doc, body, this.deps.view);
    const first: WalkJob[] = [];
    const rest: WalkJob[] = [];
    for (const root of this.scope ?? [body]) {
      // From the viewport down, then the part above it: exact complements, no block twice.
      if (anchor && root.contains(anchor)) {
        first.push(this.job(root, { from: anchor }));
        rest.push(this.job(root, { until: anchor }));
      } else rest.push(this.job(root, {}));
    }
    this.walks = [...first, ...rest];
    for (const w of this.walks) this.runner.add(w);
    // The walk goes on in the next task, as the first slice would have, not at the next idle period.
    this.runner.runSoon();
  }

  /**
   * The parts of a changed block that are read: itself inside the scope, the scope's parts inside
   * it, or a story the page added (read from now on). Teasers and rails around the story: none.
   */
  private partsToRead(block: Node): Node[] {
    const scope = this.scope;
    if (scope === null || scope.some((part) => part.contains(block))) return [block];
    const inside = scope.filter((part) => block.contains(part));
    if (inside.length > 0) return inside;
    const added = laterStories(block);
    scope.push(...added);
    return added;
  }

  private job(root: Node, options: { from?: Node; until?: Node; replace?: boolean }): WalkJob {
    return new WalkJob(root, this.matcher, this.store, this.decisions, { ...options, onOtherScript: this.onOtherScript });
  }

  private onBatch(batch: Batch): void {
    if (this.stopped) return;
    // A story the page replaced (a single-page app's next article) is looked for again.
    if (batch.full || this.scope?.some((part) => !part.isConnected)) {
      this.rescanAll();
      return;
    }
    if (batch.prune) {
      this.store.pruneDisconnected();
      this.decisions.pruneDisconnected();
    }
    for (const node of batch.removed) {
      this.store.removeUnder(node);
      this.decisions.removeNodes(textNodesUnder(node));
    }
    if (batch.removed.length > 0) this.decisions.touch();
    for (const root of batch.roots) {
      if (this.deps.isOwn(root) || this.pick) continue;
      for (const part of this.partsToRead(root)) this.runner.add(this.job(part, { replace: true }));
    }
    // Removals change the marks even when nothing is left to scan.
    if (batch.removed.length > 0 || batch.prune) this.sync();
  }

  private afterSlice(): void {
    this.sync();
    if (!this.runner.busy) this.deps.onIdle?.();
    else if (this.onFirstScreen()) this.runner.runSoon();
  }

  /** Whether the full walk is still in its first screen of text (the walks run in order, the visible part first). */
  private onFirstScreen(): boolean {
    if (this.pick !== null) return false;
    let read = 0;
    for (const w of this.walks) read += w.charsRead;
    return read < FIRST_SCREEN_CHARS && this.walks.some((w) => w.working);
  }

  private sync(): void {
    this.decisions.flush();
    if (this.marks.sync(this.store, this.store.takeChanges(), this.options)) this.deps.onMarksChanged();
  }
}

