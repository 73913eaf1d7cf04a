/**
 * The one element Gloss adds to a page: created when a card is first needed, appended to <html>
 * (outside <body>, so body.textContent never changes), with a closed shadow root that holds the
 * card, its styles and a polite live region. The page is not trusted: the root is closed so its
 * scripts cannot reach the card's buttons, events the browser did not make are stopped at the
 * root before any of the card's handlers sees them, and the host is a plain <div>, which no page
 * can turn into a custom element of its own (a name with a hyphen could be taken by the page's
 * customElements.define, whose constructor would then run on Gloss's host). content.css resets it with `all: initial !important`
 * (a more specific selector than a page's `* { all: unset !important }`); the inline declarations
 * below, !important too, win over any page rule. `all` stays out of the inline style: there it
 * would set letter-spacing, word-spacing and line-height inline, which axe reports as
 * avoid-inline-spacing.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { installCardStyles } from '../../ui/card/index.ts';

export const HOST_TAG = 'div';
export const HOST_ATTRIBUTE = 'data-gloss-host';

const HOST_STYLE = [
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'z-index: 2147483647',
]
  .map((d) => `${d} !important`)
  .join('; ');

/** Events that make the card act (buttons, keys, text): untrusted ones never pass the root. */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'submit', 'contextmenu'];

function stopUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

const SHADOW_CSS = `
.gloss-float { position: fixed; top: 0; left: 0; margin: 0; padding: 0; width: max-content; z-index: 2147483647; }
.gloss-float[hidden] { display: none; }
.gloss-float .gloss-card { max-height: min(70vh, var(--gloss-available, 70vh)); }
.gloss-live { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private float: HTMLElement | null = null;
  private mountPoint: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private anchor: VirtualElement | null = null;
  private positioning = 0;

  constructor(private readonly doc: Document) {}

  /** True for the host and anything inside it (shadow content is retargeted to the host). */
  isOwn(node: Node | null): boolean {
    return node !== null && this.host !== null && (node === this.host || this.host.contains(node));
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  /** The closed shadow root: only Gloss's own code (and its tests) holds a reference. */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  get visible(): boolean {
    return this.float !== null && !this.float.hidden;
  }

  /** The container the card is rendered into (creating the host on first use). */
  mount(): HTMLElement {
    this.ensure();
    return this.mountPoint!;
  }

  /** Positions the card against `anchor` and shows it. */
  show(anchor: VirtualElement): Promise<void> {
    this.ensure();
    this.anchor = anchor;
    this.float!.hidden = false;
    return this.reposition();
  }

  async reposition(): Promise<void> {
    const float = this.float;
    const anchor = this.anchor;
    if (!float || !anchor || float.hidden) return;
    const ticket = ++this.positioning;
    const { x, y } = await computePosition(anchor, float, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // Where neither side has room for the whole card, it shrinks to the side it got (its body scrolls).
        size({
          padding: 8,
          apply: ({ availableHeight }) => float.style.setProperty('--gloss-available', `${Math.max(160, Math.floor(availableHeight))}px`),
        }),
      ],
    });
    // A newer call (scroll, another card) already placed it.
    if (ticket !== this.positioning) return;
    float.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  hide(): void {
    if (this.float) this.float.hidden = true;
    this.anchor = null;
  }

  /** Says `text` to screen readers through the polite live region. */
  announce(text: string): void {
    this.ensure();
    const live = this.live!;
    // Empty first, then set after a tick: a live region that only just appeared, or that repeats
    // the same words, is otherwise not read.
    live.textContent = '';
    setTimeout(() => {
      live.textContent = text;
    }, 120);
  }

  /** Takes the host off the page (Gloss switched off here). */
  remove(): void {
    this.host?.remove();
    this.host = this.shadow = this.float = this.mountPoint = this.live = null;
    this.anchor = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    if (this.host) {
      (this.doc.documentElement ?? this.doc.body)?.append(this.host);
      return;
    }
    const doc = this.doc;
    const host = doc.createElement(HOST_TAG);
    host.setAttribute(HOST_ATTRIBUTE, '');
    host.setAttribute('style', HOST_STYLE);
    const shadow = host.attachShadow({ mode: 'closed' });
    for (const type of GUARDED_EVENTS) shadow.addEventListener(type, stopUntrusted, { capture: true });
    installCardStyles(shadow);
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    const float = doc.createElement('div');
    float.className = 'gloss-float';
    float.hidden = true;
    const mountPoint = doc.createElement('div');
    float.append(mountPoint);
    const live = doc.createElement('div');
    live.className = 'gloss-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, float, live);
    (doc.documentElement ?? doc.body).append(host);
    this.host = host;
    this.shadow = shadow;
    this.float = float;
    this.mountPoint = mountPoint;
    this.live = live;
  }
}
