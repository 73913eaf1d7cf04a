import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { ChevronDownIcon } from '../icons.tsx';

/** Less than this left below the fold is not worth a cue. */
const SLACK_PX = 8;

function moreBelow(el: HTMLElement): boolean {
  return el.scrollHeight - el.scrollTop - el.clientHeight > SLACK_PX;
}

export interface ScrollAreaProps {
  bodyRef: RefObject<HTMLDivElement>;
  /** Changes when the content changes (another entry): measure again. */
  contentKey: string;
  children: ComponentChildren;
}

/**
 * The card's scrolling body. While there is more below, a fade covers its last lines and a small
 * chevron sits on it, so a reader sees the card goes on; a click on the chevron scrolls on. Both
 * are decoration for pointer and eyes: keyboard and screen reader users reach everything in the
 * body by Tab and by reading, so the cue is hidden from assistive technology and is not a control.
 */
export function ScrollArea({ bodyRef, contentKey, children }: ScrollAreaProps) {
  const [more, setMore] = useState(false);
  const body = (): HTMLDivElement | null => bodyRef.current;
  const measure = (): void => {
    const el = body();
    if (el !== null) setMore(moreBelow(el));
  };

  // After every render: a toggle (summary, timeline, conversions) changes the height.
  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const el = body();
    if (el === null || typeof ResizeObserver === 'undefined') return undefined;
    // The card is drawn before its host is shown and positioned; its size comes later.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [contentKey]);

  const scrollOn = (): void => {
    const el = body();
    if (el === null) return;
    const by = Math.max(40, el.clientHeight * 0.8);
    if (typeof el.scrollBy === 'function') el.scrollBy({ top: by });
    else el.scrollTop += by;
  };

  return (
    <div class={`gloss-card__scroll${more ? ' gloss-card__scroll--more' : ''}`}>
      <div class="gloss-card__body" ref={bodyRef} onScroll={measure}>
        {children}
      </div>
      {more && (
        <div class="gloss-card__fade" aria-hidden="true">
          <span class="gloss-card__cue" onClick={scrollOn}>
            <ChevronDownIcon class="gloss-card__icon" />
          </span>
        </div>
      )}
    </div>
  );
}
