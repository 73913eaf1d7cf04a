/**
 * Page events → hover intent. Pointer moves are read at most once a frame (the hit test asks
 * for layout); clicks pin a card; Esc and clicks elsewhere close it; scrolling moves it along.
 * Every listener is passive or does nothing unless a card is involved, and all go with stop().
 * The page is not trusted: its scripts can dispatch pointer, click and key events of their own, so
 * every handler that acts for the reader ignores events the browser did not make (isTrusted).
 */
import type { HoverIntent } from './hover-intent.ts';
import { guard } from '../log.ts';
import type { TermRecord } from '../scan/match-store.ts';

export interface PointerDeps {
  doc: Document;
  win: Window;
  intent: HoverIntent<TermRecord>;
  isOwn(node: Node | null): boolean;
  hitTest(x: number, y: number): TermRecord | null;
  /** The card is showing (hover or pinned). */
  cardOpen(): boolean;
  /** Close whatever card shows (hover, pinned, or opened by the keyboard or the menus). */
  closeCard(): void;
  reposition(): void;
}

/** Clicks on these keep their own meaning: following a link is never turned into pinning a card. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [contenteditable=""], [contenteditable="true"]';

export function watchPointer(deps: PointerDeps): () => void {
  const { doc, win, intent } = deps;
  let frame = 0;
  let lastRead = Number.NEGATIVE_INFINITY;
  let scrollFrame = 0;
  let x = 0;
  let y = 0;
  let target: EventTarget | null = null;
  let inCard = false;

  const readPointer = guard('reading the pointer failed', () => {
    frame = 0;
    lastRead = win.performance.now();
    const overCard = target instanceof Node && deps.isOwn(target);
    if (overCard !== inCard) {
      inCard = overCard;
      if (overCard) intent.enterCard();
      else intent.leaveCard();
    }
    if (overCard) return;
    intent.pointer(deps.hitTest(x, y), x, y);
  });

  const onMove = (e: PointerEvent): void => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    x = e.clientX;
    y = e.clientY;
    target = e.target;
    if (frame !== 0) return;
    // The first move after a pause is read at once (the hover delay starts then, not a frame
    // later); moves that follow are read at most once a frame.
    if (e.timeStamp - lastRead > 32) readPointer();
    else frame = win.requestAnimationFrame(readPointer);
  };

  const onOut = guard('pointer out failed', (e: PointerEvent) => {
    if (!e.isTrusted) return;
    // Left the window altogether.
    if (e.relatedTarget === null) {
      target = null;
      if (inCard) {
        inCard = false;
        intent.leaveCard();
      }
      intent.pointer(null, x, y);
    }
  });

  const onClick = guard('handling a click failed', (e: MouseEvent) => {
    if (!e.isTrusted || e.button !== 0 || !(e.target instanceof Node)) return;
    if (deps.isOwn(e.target)) {
      intent.keep();
      return;
    }
    const el = e.target.nodeType === 1 ? (e.target as Element) : e.target.parentElement;
    if (el?.closest(INTERACTIVE)) return;
    // A drag that selected text is not a click on the term.
    const selection = win.getSelection();
    if (selection && !selection.isCollapsed) return;
    const record = deps.hitTest(e.clientX, e.clientY);
    if (record) intent.pin(record);
  });

  const onDown = guard('handling a press failed', (e: PointerEvent) => {
    if (!e.isTrusted || !deps.cardOpen() || !(e.target instanceof Node) || deps.isOwn(e.target)) return;
    const record = deps.hitTest(e.clientX, e.clientY);
    if (record === null || record !== intent.current) deps.closeCard();
  });

  const onKey = guard('handling a key failed', (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape' || e.isComposing || !deps.cardOpen()) return;
    // With focus in the card, the card handles Esc itself.
    if (e.target instanceof Node && deps.isOwn(e.target)) return;
    deps.closeCard();
  });

  const onScroll = (): void => {
    if (scrollFrame !== 0 || !deps.cardOpen()) return;
    scrollFrame = win.requestAnimationFrame(
      guard('following the scroll failed', () => {
        scrollFrame = 0;
        deps.reposition();
      }),
    );
  };

  const passive = { capture: true, passive: true } as const;
  // One list for adding and removing, so the teardown can never miss a listener.
  const listeners: Array<[EventTarget, string, (e: never) => void, AddEventListenerOptions | boolean]> = [
    [doc, 'pointermove', onMove, passive],
    [doc, 'pointerout', onOut, passive],
    [doc, 'pointerdown', onDown, passive],
    [doc, 'click', onClick, passive],
    [doc, 'keydown', onKey, true],
    [win, 'scroll', onScroll, passive],
    [win, 'resize', onScroll, passive],
  ];
  for (const [target, type, fn, options] of listeners) target.addEventListener(type, fn as EventListener, options);
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
    for (const [target, type, fn, options] of listeners) target.removeEventListener(type, fn as EventListener, options);
  };
}
