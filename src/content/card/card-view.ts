/**
 * Opens, switches and closes the card: fetches the entry (cached), renders the shared Preact card
 * into the host's shadow root, positions it against the term, and gives focus back on close.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { titleOf } from '../../core/facts/localize.ts';
import type { Entry } from '../../core/facts/types.ts';
import type { EntryView } from '../../core/messages/index.ts';
import { contentLanguage, languageOf } from '../../ui/content-language.ts';
import type { I18n } from '../../ui/i18n.tsx';
import { renderCard, type CardHandle, type CardProps, type CardTheme } from '../../ui/card/index.ts';
import type { CardHost } from './card-host.ts';
import type { EntryCache } from '../entry-cache.ts';
import { warn } from '../log.ts';

export interface CardActions {
  mute(id: string): void;
  siteOff(): void;
  copy(text: string): Promise<void>;
  /** The card was closed from inside (Esc, ×). */
  closed(): void;
  /** The reader clicked or typed in the card: keep it open. */
  interacted(): void;
}

export interface OpenOptions {
  id: string;
  anchor: VirtualElement;
  /** Move focus into the card (keyboard, popup, context menu). */
  focus: boolean;
  theme: CardTheme;
  /** Said to screen readers once the card is up. */
  announce?: string;
  /** The page's language at the term; by default the `lang` around the anchor's element, else the document's. */
  pageLang?: string | null;
}

export class CardView {
  private card: CardHandle | null = null;
  private props: CardProps | null = null;
  private ticket = 0;
  private returnFocus: Element | null = null;
  private openedWithFocus = false;
  private shownId: string | null = null;
  /** The language of the page where the open card's term is: related entries open in it too. */
  private pageLang: string | null = null;
  /** A card rendered while the hover delay ran, not shown yet: what it was rendered for. */
  private prepared: { id: string; theme: CardTheme; pageLang: string | null } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: CardHost,
    private readonly entries: EntryCache,
    private readonly i18n: I18n,
    private readonly actions: CardActions,
    private readonly pageUrl: () => string,
  ) {}

  get openId(): string | null {
    return this.host.visible ? this.shownId : null;
  }

  /** Prepares the host (element, shadow root, styles) before a card is due. */
  warm(): void {
    try {
      this.host.mount();
    } catch (error) {
      warn('could not prepare the card host', error);
    }
  }

  /**
   * Renders the card of `id` while the hover delay runs, hidden, related titles and all, so that
   * showing it when the delay is over is only placing it. Leaves a card that shows alone.
   */
  async prepare(options: Omit<OpenOptions, 'focus' | 'announce'>): Promise<void> {
    // Asked again after each await: a card may have opened meanwhile (a getter, not a narrowed field).
    const stale = (ticket: number) => ticket !== this.ticket || this.host.visible;
    const ticket = this.ticket;
    if (stale(ticket)) return;
    const view = this.entries.peek(options.id) ?? (await this.entries.get(options.id));
    if (!view || stale(ticket)) return;
    const pageLang = this.langFor(options);
    const relatedTitles = await this.relatedTitles(view.entry, pageLang);
    if (stale(ticket)) return;
    this.pageLang = pageLang;
    this.render(view, { ...options, focus: false }, relatedTitles);
    this.prepared = { id: options.id, theme: options.theme, pageLang };
    await this.host.stage(options.anchor);
  }

  /** Resolves true once the card shows `id`; false when the entry is missing or a newer open won. */
  async open(options: OpenOptions): Promise<boolean> {
    const ticket = ++this.ticket;
    const prepared = this.prepared;
    this.prepared = null;
    const view = this.entries.peek(options.id) ?? (await this.entries.get(options.id));
    if (ticket !== this.ticket) return false;
    if (!view) return false;
    const { entry } = view;
    if (options.focus && !this.host.isOwn(this.doc.activeElement)) {
      this.returnFocus = this.doc.activeElement;
    }
    this.openedWithFocus = options.focus;
    const pageLang = this.langFor(options);
    const ready = prepared !== null && this.card !== null && prepared.id === options.id && prepared.theme === options.theme && prepared.pageLang === pageLang;
    this.pageLang = pageLang;
    if (!ready) this.render(view, options);
    await this.host.show(options.anchor);
    if (options.focus) this.focusCard();
    if (options.announce) this.host.announce(options.announce);
    if (!ready) void this.loadRelated(entry, ticket);
    return true;
  }

  /** Hides the card; focus goes back where it was when the card took it. */
  close(): void {
    this.ticket++;
    this.prepared = null;
    const hadFocus = this.host.isOwn(this.doc.activeElement);
    this.card?.unmount();
    this.card = null;
    this.props = null;
    this.shownId = null;
    this.host.hide();
    if (hadFocus || this.openedWithFocus) {
      const back = this.returnFocus;
      this.returnFocus = null;
      try {
        if (back instanceof HTMLElement && back.isConnected && back !== this.doc.body) back.focus({ preventScroll: true });
        else if (hadFocus) {
          // Not every element that can hold focus has blur() (an element of an XML page has none).
          const active = this.doc.activeElement;
          if (active instanceof HTMLElement || active instanceof SVGElement) active.blur();
        }
      } catch (error) {
        warn('could not give focus back', error);
      }
    }
    this.openedWithFocus = false;
  }

  reposition(): void {
    void this.host.reposition().catch((error: unknown) => warn('positioning the card failed', error));
  }

  private render({ entry, glossary }: EntryView, options: OpenOptions, relatedTitles: Record<string, string> = {}): void {
    const props: CardProps = {
      entry,
      glossary,
      relatedTitles,
      mode: 'hover',
      theme: options.theme,
      pageUrl: this.pageUrl(),
      pageLang: this.pageLang,
      autoFocus: false,
      onOpenRelated: (id) => void this.switchTo(id),
      onClose: () => this.actions.closed(),
      onMute: (id) => this.actions.mute(id),
      onSiteOff: () => this.actions.siteOff(),
      onCopy: (text) => {
        this.actions.interacted();
        return this.actions.copy(text);
      },
    };
    // A fresh card per opening: new ids, scroll at the top, nothing left from the last one.
    this.card?.unmount();
    this.card = renderCard(this.host.mount(), this.i18n, props);
    this.props = props;
    this.shownId = entry.id;
  }

  private async switchTo(id: string): Promise<void> {
    this.actions.interacted();
    const ticket = ++this.ticket;
    this.prepared = null;
    const view = await this.entries.get(id);
    if (!view || ticket !== this.ticket || !this.card || !this.props) return;
    const { entry, glossary } = view;
    this.props = { ...this.props, entry, glossary, relatedTitles: {} };
    this.shownId = id;
    this.card.update(this.props);
    this.reposition();
    void this.loadRelated(entry, ticket);
  }

  /** The page's language at the term: as given, else read around the anchor. */
  private langFor(options: { pageLang?: string | null; anchor: VirtualElement }): string | null {
    return options.pageLang !== undefined ? options.pageLang : this.langAt(options.anchor);
  }

  /** The `lang` of the term's block, else of the document; a broken page must not stop the card. */
  private langAt(anchor: VirtualElement): string | null {
    try {
      return languageOf(anchor.contextElement ?? this.doc.documentElement);
    } catch {
      return null;
    }
  }

  /** Titles of the related entries in the language the card shows its entry in. */
  private async loadRelated(entry: Entry, ticket: number): Promise<void> {
    const titles = await this.relatedTitles(entry, this.pageLang);
    if (Object.keys(titles).length === 0) return;
    if (ticket !== this.ticket || !this.card || !this.props || this.props.entry.id !== entry.id) return;
    this.props = { ...this.props, relatedTitles: titles };
    this.card.update(this.props);
    this.reposition();
  }

  private async relatedTitles(entry: Entry, pageLang: string | null): Promise<Record<string, string>> {
    const related = Array.isArray(entry.related) ? entry.related.filter((r): r is string => typeof r === 'string') : [];
    const titles: Record<string, string> = {};
    if (related.length === 0) return titles;
    const { chain } = contentLanguage(entry, pageLang, this.i18n.locale);
    await Promise.all(
      related.map(async (id) => {
        const view = await this.entries.get(id);
        if (view) titles[id] = titleOf(view.entry, chain);
      }),
    );
    return titles;
  }

  private focusCard(): void {
    const dialog = this.host.root?.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.focus({ preventScroll: true });
  }
}
