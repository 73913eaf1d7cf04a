/**
 * The card as the rest of the content script sees it: one object over the host (card-host.ts)
 * and the view (card-view.ts). It lives in its own module (content-card.js), loaded at the first
 * hover intent, so a page that never shows a card never pays for Preact, floating-ui or the card.
 */
import type { VirtualElement } from '@floating-ui/dom';
import type { I18n } from '../../ui/i18n.tsx';
import type { EntryCache } from '../entry-cache.ts';
import { warn } from '../log.ts';
import { CardHost } from './card-host.ts';
import { CardView, type CardActions } from './card-view.ts';
import type { CardTheme } from '../../ui/card/index.ts';
import { themeFor } from './page-theme.ts';

export interface CardUiDeps {
  win: Window & typeof globalThis;
  doc: Document;
  entries: EntryCache;
  i18n: I18n;
  actions: CardActions;
}

export interface CardOpen {
  id: string;
  anchor: VirtualElement;
  focus: boolean;
  /** An element near the term: the card takes its colours from the page there. */
  near: Element | null;
  announce?: string;
}

export interface CardUi {
  /** True for the host and anything inside it. */
  isOwn(node: Node | null): boolean;
  /** The closed shadow root, for Gloss's own code and its tests; null before the first card. */
  readonly root: ShadowRoot | null;
  /** The entry the open card shows, or null. */
  readonly openId: string | null;
  open(request: CardOpen): Promise<boolean>;
  /** Renders the card of a term the pointer rests on, hidden, while the hover delay runs. */
  prepare(request: Omit<CardOpen, 'focus' | 'announce'>): Promise<void>;
  close(): void;
  reposition(): void;
  announce(text: string): void;
  /** Takes the host off the page. */
  remove(): void;
}

export function createCardUi(deps: CardUiDeps): CardUi {
  const { win, doc } = deps;
  const host = new CardHost(doc);
  const view = new CardView(doc, host, deps.entries, deps.i18n, deps.actions, () => win.location.href);
  // Loaded because a card is due: the host, its shadow root and styles are made now, during the delay.
  view.warm();
  // The page's colours at the term, read once per element: prepare() reads them during the delay,
  // open() for the same term then need not restyle the page to read them again.
  let lastTheme: { near: Element | null; theme: CardTheme } | null = null;
  const theme = (near: Element | null): CardTheme => {
    if (lastTheme?.near === near) return lastTheme.theme;
    let found: CardTheme = 'auto';
    try {
      found = themeFor(win, near);
    } catch (error) {
      warn('could not read the page colours', error);
    }
    lastTheme = { near, theme: found };
    return found;
  };
  return {
    isOwn: (node) => host.isOwn(node),
    get root() {
      return host.root;
    },
    get openId() {
      return view.openId;
    },
    open: ({ near, ...request }) => view.open({ ...request, theme: theme(near) }),
    prepare: ({ near, ...request }) => view.prepare({ ...request, theme: theme(near) }),
    close: () => view.close(),
    reposition: () => view.reposition(),
    announce: (text) => host.announce(text),
    remove: () => host.remove(),
  };
}
