// Main-world functions for the content-script benchmark. Serialised into the page: no closures.
// They read only what any page script can: the highlight registry. The card itself sits in a closed
// shadow root; the bench reads it through the test probe (scripts/harness/probe.ts).

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

export function readHighlightTimeline(): { dcl: number; now: number; changes: Array<[number, number]> } {
  const s = (window as unknown as { __glossBench?: { dcl: number; changes: Array<[number, number]> } }).__glossBench;
  return { ...(s ?? { dcl: -1, changes: [] }), now: performance.now() };
}

/**
 * The first marked term, other than one with the text `other`, that has a box: scrolled to the
 * middle of the viewport, and a point inside its first line box returned, where a reader's pointer
 * would rest.
 */
export function locateMark(other: string | null): { text: string; x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return null;
  const seen = new Set<string>();
  for (const [name, h] of registry) {
    if (!name.startsWith('gloss') || name === 'gloss-active') continue;
    for (const marked of h) {
      // Highlights may hold StaticRanges, which have no boxes: a live Range over the same text has.
      const range = document.createRange();
      try {
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
      } catch {
        continue;
      }
      const text = range.toString().trim();
      const first = range.getClientRects()[0];
      if (!text || text === other || seen.has(text) || !first || first.width < 4 || first.height < 4) continue;
      seen.add(text);
      (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      if (!r || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) continue;
      return { text, x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2 };
    }
  }
  return null;
}
