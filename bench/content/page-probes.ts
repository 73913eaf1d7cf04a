// Main-world functions for the content-script benchmark. Serialised into the page: no closures.

/**
 * Installed before the page's own code (addInitScript): remembers when DOMContentLoaded fired and
 * every change in the number of ranges Gloss highlights, polled every 4 ms.
 */
export function recordHighlightTimeline(): void {
  const w = window as unknown as { __glossBench?: { dcl: number; changes: Array<[number, number]> } };
  const state = { dcl: -1, changes: [] as Array<[number, number]> };
  w.__glossBench = state;
  document.addEventListener('DOMContentLoaded', () => {
    state.dcl = performance.now();
  });
  let last = 0;
  const poll = (): void => {
    let n = 0;
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    if (registry) for (const [name, h] of registry) if (name.startsWith('gloss') && name !== 'gloss-active') n += h.size;
    if (n !== last) {
      last = n;
      state.changes.push([performance.now(), n]);
    }
    if (performance.now() < 20_000) setTimeout(poll, 4);
  };
  setTimeout(poll, 0);
}

export function readHighlightTimeline(): { dcl: number; changes: Array<[number, number]> } {
  const s = (window as unknown as { __glossBench?: { dcl: number; changes: Array<[number, number]> } }).__glossBench;
  return s ?? { dcl: -1, changes: [] };
}

/** Arms a watcher for the next card: resolves with ms from the last pointermove to the card showing. */
export function armCardLatency(): void {
  const w = window as unknown as { __glossCard?: { move: number; shown: number } };
  const state = { move: -1, shown: -1 };
  w.__glossCard = state;
  document.addEventListener('pointermove', (e) => {
    state.move = e.timeStamp;
  }, { capture: true });
  // A MutationObserver on the card's shadow root sees the card appear in the same task that shows
  // it; polling once a frame would add up to 16.7 ms of its own.
  const visible = (): boolean => {
    const root = document.querySelector('[data-gloss-host]')?.shadowRoot;
    const float = root?.querySelector<HTMLElement>('.gloss-float');
    return Boolean(root?.querySelector('[role="dialog"]') && float && !float.hidden);
  };
  const watchRoot = (root: ShadowRoot): void => {
    const mo = new MutationObserver(() => {
      if (state.shown < 0 && visible()) {
        state.shown = performance.now();
        mo.disconnect();
      }
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
  };
  const root = document.querySelector('[data-gloss-host]')?.shadowRoot;
  if (root) watchRoot(root);
  else {
    const outer = new MutationObserver(() => {
      const r = document.querySelector('[data-gloss-host]')?.shadowRoot;
      if (!r) return;
      outer.disconnect();
      if (visible()) state.shown = performance.now();
      else watchRoot(r);
    });
    outer.observe(document.documentElement, { childList: true });
  }
}

export function readCardLatency(): { move: number; shown: number } {
  return (window as unknown as { __glossCard?: { move: number; shown: number } }).__glossCard ?? { move: -1, shown: -1 };
}
