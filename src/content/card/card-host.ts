/**
 * The one element Gloss adds to a page: created when a card is first needed, appended to <html>
 * (outside <body>, so body.textContent never changes), with a closed shadow root that holds the
 * card, its styles and a polite live region. The page is not trusted: the root is closed so its
 * scripts cannot reach the card's buttons, events the browser did not make are stopped at the
 * root before any of the card's handlers sees them, and the host is a plain <div>, which no page
 * can turn into a custom element of its own (a name with a hyphen could be taken by the page's
 * customElements.define, whose constructor would then run on Gloss's host). It carries no
 * attribute, class or inline style a page could look for: its look comes from a `:host` rule inside
 * the shadow root, and an !important declaration there outranks every !important one of the page
 * (shadow context wins for important declarations), so `* { all: unset !important }` or
 * `html > div { display: none !important }` cannot hide or move it.
 */
import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { installCardStyles } from '../../ui/card/index.ts';

const HOST_TAG = 'div';

/** After `all: initial`, which must come first: later declarations in the block win over it. */
const HOST_DECLARATIONS = [
  'all: initial',
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
:host { ${HOST_DECLARATIONS} }
.gloss-float { position: fixed; top: 0; left: 0; margin: 0; padding: 0; width: max-content; z-index: 2147483647; }
.gloss-float[hidden] { display: none; }
.gloss-float[hidden][data-staged] { display: block; visibility: hidden; pointer-events: none; }
.gloss-float .gloss-card { max-height: min(70vh, var(--gloss-available, 70vh)); }
.gloss-live { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`;

interface HostParts {
  host: HTMLElement;
  shadow: ShadowRoot;
  float: HTMLElement;
  mountPoint: HTMLElement;
  live: HTMLElement;
}

export class CardHost {
  private parts: HostParts | null = null;
  private anchor: VirtualElement | null = null;
  private positioning = 0;

  constructor(private readonly doc: Document) {}

  /** True for the host and anything inside it (shadow content is retargeted to the host). */
  isOwn(node: Node | null): boolean {
    const host = this.parts?.host;
    return node !== null && host !== undefined && (node === host || host.contains(node));
  }

  get element(): HTMLElement | null {
    return this.parts?.host ?? null;
  }

  /** The closed shadow root: only Gloss's own code (and its tests) holds a reference. */
  get root(): ShadowRoot | null {
    return this.parts?.shadow ?? null;
  }

  get visible(): boolean {
    return this.parts !== null && !this.parts.float.hidden;
  }

  /** The container the card is rendered into (creating the host on first use). */
  mount(): HTMLElement {
    return this.ensure().mountPoint;
  }

  /** Positions the card against `anchor` and shows it. */
  show(anchor: VirtualElement): Promise<void> {
    const { float } = this.ensure();
    this.anchor = anchor;
    float.removeAttribute('data-staged');
    float.hidden = false;
    return this.reposition();
  }

  /**
   * Lays the hidden card out and places it against `anchor`, still hidden (and out of reach of
   * the pointer and of screen readers): the style and layout of a fresh card are done while the
   * hover delay runs, and show() only has to reveal it.
   */
  async stage(anchor: VirtualElement): Promise<void> {
    const { float } = this.ensure();
    if (!float.hidden) return;
    float.setAttribute('data-staged', '');
    await this.place(float, anchor);
  }

  async reposition(): Promise<void> {
    const float = this.parts?.float;
    const anchor = this.anchor;
    if (!float || !anchor || float.hidden) return;
    await this.place(float, anchor);
  }

  private async place(float: HTMLElement, anchor: VirtualElement): Promise<void> {
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
    if (this.parts) {
      this.parts.float.hidden = true;
      this.parts.float.removeAttribute('data-staged');
    }
    this.anchor = null;
  }

  /** Says `text` to screen readers through the polite live region. */
  announce(text: string): void {
    const { live } = this.ensure();
    // Empty first, then set after a tick: a live region that only just appeared, or that repeats
    // the same words, is otherwise not read.
    live.textContent = '';
    setTimeout(() => {
      live.textContent = text;
    }, 120);
  }

  /** Takes the host off the page (Gloss switched off here). */
  remove(): void {
    this.parts?.host.remove();
    this.parts = null;
    this.anchor = null;
  }

  private ensure(): HostParts {
    const doc = this.doc;
    if (this.parts) {
      if (!this.parts.host.isConnected) doc.documentElement.append(this.parts.host);
      return this.parts;
    }
    const host = doc.createElement(HOST_TAG);
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
    doc.documentElement.append(host);
    this.parts = { host, shadow, float, mountPoint, live };
    return this.parts;
  }
}
