import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.tsx';

/**
 * Without layout (a card rendered while its host is hidden, or in tests) the summary cannot be
 * measured: this many characters fill about three lines of the 360 px card.
 */
export const SUMMARY_CLAMP_CHARS = 160;

export interface SummaryProps {
  /** The dialog is described by this element. */
  id: string;
  text: string;
  lang: string | undefined;
}

/** Clamped to about three lines: measured where there is layout, estimated where there is not. */
function overflows(el: HTMLElement, text: string): boolean {
  if (el.clientHeight > 0) return el.scrollHeight > el.clientHeight + 1;
  return text.length > SUMMARY_CLAMP_CHARS;
}

/**
 * The summary, clamped so the key facts come next; "More" shows the rest. The whole text stays in
 * the DOM, so a screen reader reads all of it whatever the clamp shows. Render with key={entry.id}:
 * a new entry starts clamped.
 */
export function Summary({ id, text, lang }: SummaryProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const [clamped, setClamped] = useState(() => text.length > SUMMARY_CLAMP_CHARS);
  const ref = useRef<HTMLParagraphElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null || expanded) return undefined;
    setClamped(overflows(el, text));
    // The card is often drawn before its host is shown: measure again once it has a size.
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (el.clientHeight > 0) setClamped(overflows(el, text));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [text, expanded]);

  return (
    <div class="gloss-card__summary-block">
      {/* Always clamped until expanded, so the measurement sees whether three lines are enough. */}
      <p ref={ref} class={`gloss-card__summary${expanded ? '' : ' gloss-card__summary--clamped'}`} id={id} lang={lang}>
        {text}
      </p>
      {clamped && (
        <button
          type="button"
          class="gloss-card__text-button gloss-card__more"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('card_less') : t('card_more')}
        </button>
      )}
    </div>
  );
}
