/**
 * Cards for terms on the page, however they are asked for: hover intent, a click, the keyboard
 * commands, the popup, the context menu. Owns the hover-intent state, the page listeners and the
 * "active" highlight of the term whose card is open. The card itself (card/, with Preact and
 * floating-ui) is a module of its own, loaded when the first hover intent starts: while the delay
 * runs, so the first card shows when the delay is over.
 */
import type { I18n } from '../../ui/i18n.tsx';
import type { CardActions } from '../card/card-view.ts';
import type { CardUi, CardUiDeps } from '../card/card-ui.ts';
import { recordAnchor, rangeAnchor } from './anchor.ts';
import type { EntryCache } from '../entry-cache.ts';
import type { Highlighter } from '../scan/highlighter.ts';
import { hitTest } from './hit-test.ts';
import { HoverIntent, DEFAULT_INTENT, type IntentTimers } from './hover-intent.ts';
import { warn } from '../log.ts';
import type { MatchStore, TermRecord } from '../scan/match-store.ts';
import { watchPointer } from './pointer-events.ts';

/** What content-card.js exports (card/module.ts). */
export interface CardModule {
  createCardUi(deps: CardUiDeps): CardUi;
}

export interface TermCardsDeps {
  win: Window & typeof globalThis;
  doc: Document;
  entries: EntryCache;
  i18n: I18n;
  timers: IntentTimers;
  /** Mute, site off, copy: what the card's footer buttons do. */
  actions: Pick<CardActions, 'mute' | 'siteOff' | 'copy'>;
  /** The scan's store and marks while Gloss is on here; null while it is off. */
  terms(): { store: MatchStore; isMarked(record: TermRecord): boolean; highlighter: Highlighter | null } | null;
  /** Loads the card module (content-card.js). */
  loadCard(): Promise<CardModule>;
}

export interface OpenRequest {
  point?: { x: number; y: number };
  focus: boolean;
  announce?: string;
}

export class TermCards {
  readonly intent: HoverIntent<TermRecord>;
  private card: CardUi | null = null;
  private loading: Promise<CardUi | null> | null = null;
  private stopPointer: (() => void) | null = null;
  private active: TermRecord | null = null;
  private disposed = false;

  constructor(private readonly deps: TermCardsDeps) {
    this.intent = new HoverIntent<TermRecord>(
      deps.timers,
      {
        show: (record, pinned) => void this.openRecord(record, { focus: false }, pinned),
        hide: () => this.closeUi(),
        prefetch: (record) => {
          // The entry, the card module, the host and its styles, then the card itself are made
          // ready while the delay runs: when it is over, the card only has to be placed.
          void deps.entries.get(record.id);
          void this.loadCard().then((card) => this.prepare(card, record));
        },
      },
      { ...DEFAULT_INTENT },
    );
  }

  private async prepare(card: CardUi | null, record: TermRecord): Promise<void> {
    // Only while the pointer still rests on this term and no card shows.
    if (card === null || this.intent.pending !== record || this.isOpen) return;
    const anchor = recordAnchor(this.deps.doc, record);
    if (!anchor) return;
    try {
      await card.prepare({ id: record.id, anchor, near: record.startNode.parentElement });
    } catch (error) {
      warn('could not prepare the card', error);
    }
  }

  /** Whether the card module is in (for the worker's pageState). */
  get cardLoaded(): boolean {
    return this.card !== null;
  }

  /** The card's closed shadow root (tests read the card through it); null before the first card. */
  get root(): ShadowRoot | null {
    return this.card?.root ?? null;
  }

  /** True for the card's host and anything in it (the scan skips it, the pointer code keeps the card open over it). */
  isOwn(node: Node | null): boolean {
    return this.card?.isOwn(node) ?? false;
  }

  /** The card, loaded once; null when the module could not be loaded (said once, and tried again next time). */
  private loadCard(): Promise<CardUi | null> {
    this.loading ??= this.deps
      .loadCard()
      .then((module) => {
        if (this.disposed) return null;
        this.card = module.createCardUi({
          win: this.deps.win,
          doc: this.deps.doc,
          entries: this.deps.entries,
          i18n: this.deps.i18n,
          actions: { ...this.deps.actions, closed: () => this.close(), interacted: () => this.intent.keep() },
        });
        return this.card;
      })
      .catch((error: unknown) => {
        warn('could not load the card', error);
        this.loading = null;
        return null;
      });
    return this.loading;
  }

  set hoverDelay(ms: number) {
    this.intent.options = { ...this.intent.options, delay: ms };
  }

  /** The record whose card is open, if the card belongs to a term on the page. */
  get current(): TermRecord | null {
    return this.isOpen ? this.active : null;
  }

  get isOpen(): boolean {
    return (this.card?.openId ?? null) !== null;
  }

  /** Page listeners: on while Gloss marks this page, or while a card shows. */
  listen(): void {
    if (this.stopPointer) return;
    const { doc, win } = this.deps;
    this.stopPointer = watchPointer({
      doc,
      win,
      intent: this.intent,
      isOwn: (node) => this.isOwn(node),
      hitTest: (x, y) => {
        const terms = this.deps.terms();
        return terms ? hitTest(doc, terms.store, (r) => terms.isMarked(r), x, y) : null;
      },
      cardOpen: () => this.isOpen,
      closeCard: () => this.close(),
      reposition: () => this.card?.reposition(),
    });
  }

  unlisten(): void {
    this.stopPointer?.();
    this.stopPointer = null;
  }

  /** Opens the card of a term on the page. Pinned unless it came from hovering. */
  async openRecord(record: TermRecord, request: OpenRequest, pinned = true): Promise<boolean> {
    const anchor = recordAnchor(this.deps.doc, record, request.point);
    if (!anchor) return false;
    if (pinned) this.intent.opened(record);
    this.setActive(record);
    this.listen();
    const card = await this.loadCard();
    const shown = card !== null && (await card.open({ id: record.id, anchor, focus: request.focus, near: record.startNode.parentElement, ...optional(request.announce) }));
    if (!shown && this.active === record) this.setActive(null);
    return shown;
  }

  /** Opens the card of entry `id` against any range (the reader's selection). */
  async openAt(range: Range, id: string, request: OpenRequest): Promise<boolean> {
    this.intent.close();
    this.setActive(null);
    this.listen();
    const container = range.startContainer;
    const near = container.nodeType === 1 ? (container as Element) : container.parentElement;
    const anchor = rangeAnchor(range.cloneRange());
    const card = await this.loadCard();
    return card !== null && card.open({ id, anchor, focus: request.focus, near, ...optional(request.announce) });
  }

  announce(text: string): void {
    void this.loadCard().then((card) => card?.announce(text));
  }

  /** Closes any card; focus returns where it was. */
  close(): void {
    this.intent.close();
    this.closeUi();
  }

  /** The term of the open card left the page or is no longer marked. */
  dropIfGone(): void {
    const record = this.active;
    const terms = this.deps.terms();
    if (!record || (terms && terms.isMarked(record))) return;
    // A flood of page changes rescans everything and replaces every record, the open card's too;
    // the card stays when its term is still there, in the same place.
    const same = terms?.store.same(record) ?? null;
    if (same && terms?.isMarked(same)) {
      if (this.intent.current === record) this.intent.replace(same);
      this.setActive(same);
      return;
    }
    this.close();
  }

  /** Gloss switched off here: close, stop listening, take the host off the page. */
  dispose(): void {
    this.close();
    this.unlisten();
    this.intent.dispose();
    this.card?.remove();
    this.card = null;
    this.loading = null;
  }

  private closeUi(): void {
    this.setActive(null);
    this.card?.close();
  }

  private setActive(record: TermRecord | null): void {
    this.active = record;
    try {
      this.deps.terms()?.highlighter?.setActive(record);
    } catch (error) {
      warn('could not mark the active term', error);
    }
  }
}

/** `{ announce }` when there is something to say: the card's options have no undefined members. */
function optional(announce: string | undefined): { announce?: string } {
  return announce === undefined ? {} : { announce };
}
