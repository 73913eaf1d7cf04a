/**
 * Cards for terms on the page, however they are asked for: hover intent, a click, the keyboard
 * commands, the popup, the context menu. Owns the hover-intent state, the page listeners and the
 * "active" highlight of the term whose card is open.
 */
import type { I18n } from '../../ui/i18n.tsx';
import { recordAnchor, rangeAnchor } from './anchor.ts';
import { CardView, type CardActions } from './card-view.ts';
import { CardHost } from './card-host.ts';
import type { EntryCache } from '../entry-cache.ts';
import type { Highlighter } from '../scan/highlighter.ts';
import { hitTest } from './hit-test.ts';
import { HoverIntent, DEFAULT_INTENT, type IntentTimers } from './hover-intent.ts';
import { warn } from '../log.ts';
import type { MatchStore, TermRecord } from '../scan/match-store.ts';
import { themeFor } from './page-theme.ts';
import { watchPointer } from './pointer-events.ts';

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
}

export interface OpenRequest {
  point?: { x: number; y: number };
  focus: boolean;
  announce?: string;
}

export class TermCards {
  readonly host: CardHost;
  readonly intent: HoverIntent<TermRecord>;
  private readonly card: CardView;
  private stopPointer: (() => void) | null = null;
  private active: TermRecord | null = null;

  constructor(private readonly deps: TermCardsDeps) {
    const { doc, win } = deps;
    this.host = new CardHost(doc);
    this.card = new CardView(
      doc,
      this.host,
      deps.entries,
      deps.i18n,
      {
        ...deps.actions,
        closed: () => this.close(),
        interacted: () => this.intent.keep(),
      },
      () => win.location.href,
    );
    this.intent = new HoverIntent<TermRecord>(
      deps.timers,
      {
        show: (record, pinned) => void this.openRecord(record, { focus: false }, pinned),
        hide: () => this.closeUi(),
        prefetch: (record) => {
          void deps.entries.get(record.id);
          // The host, its shadow root and the card's stylesheet are made while the delay runs,
          // so the first card of a page shows as soon as the delay is over.
          this.card.warm();
        },
      },
      { ...DEFAULT_INTENT },
    );
  }

  set hoverDelay(ms: number) {
    this.intent.options = { ...this.intent.options, delay: ms };
  }

  /** The record whose card is open, if the card belongs to a term on the page. */
  get current(): TermRecord | null {
    return this.card.openId === null ? null : this.active;
  }

  get isOpen(): boolean {
    return this.card.openId !== null;
  }

  /** Page listeners: on while Gloss marks this page, or while a card shows. */
  listen(): void {
    if (this.stopPointer) return;
    const { doc, win } = this.deps;
    this.stopPointer = watchPointer({
      doc,
      win,
      intent: this.intent,
      isOwn: (node) => this.host.isOwn(node),
      hitTest: (x, y) => {
        const terms = this.deps.terms();
        return terms ? hitTest(doc, terms.store, (r) => terms.isMarked(r), x, y) : null;
      },
      cardOpen: () => this.isOpen,
      closeCard: () => this.close(),
      reposition: () => this.card.reposition(),
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
    const shown = await this.card.open({ id: record.id, anchor, focus: request.focus, theme: this.theme(record.startNode.parentElement), announce: request.announce });
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
    return this.card.open({ id, anchor: rangeAnchor(range.cloneRange()), focus: request.focus, theme: this.theme(near), announce: request.announce });
  }

  announce(text: string): void {
    this.host.announce(text);
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
    this.host.remove();
  }

  private closeUi(): void {
    this.setActive(null);
    this.card.close();
  }

  private setActive(record: TermRecord | null): void {
    this.active = record;
    try {
      this.deps.terms()?.highlighter?.setActive(record);
    } catch (error) {
      warn('could not mark the active term', error);
    }
  }

  private theme(near: Element | null) {
    try {
      return themeFor(this.deps.win, near);
    } catch {
      return 'auto' as const;
    }
  }
}
