export interface DemoState {
  /** Ranges Gloss registered in the page's highlight registry. */
  highlights: number;
  /** The accessible name of the open card, if any. */
  cardTitle: string | null;
}

/**
 * Reads, from the page's main world, what Gloss shows: the ranges in its `gloss-*` highlights and
 * the card in its shadow-root host. Serialised into the page, so it closes over nothing.
 */
export function demoProbe(): DemoState {
  let highlights = 0;
  CSS.highlights?.forEach((h, name) => {
    if (name.startsWith('gloss')) highlights += h.size;
  });
  const dialog = document.querySelector('[data-gloss-host]')?.shadowRoot?.querySelector('[role="dialog"]');
  const labelId = dialog?.getAttribute('aria-labelledby');
  const label = labelId ? dialog?.getRootNode() instanceof ShadowRoot && (dialog.getRootNode() as ShadowRoot).getElementById(labelId) : null;
  return { highlights, cardTitle: label ? (label.textContent ?? '').trim() || null : null };
}
