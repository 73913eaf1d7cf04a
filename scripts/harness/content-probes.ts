// Page functions that read what Gloss shows from the page's main world: the registry of
// highlights is visible there (the card is not: it sits in a closed shadow root, read by probe.ts). Serialised into
// the page: they must not close over anything.

/** Ranges Gloss marks, per highlight name (gloss-active, the open card's term, included). */
export function glossHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  registry?.forEach((highlight, name) => {
    if (!name.startsWith('gloss')) return;
    out[name] = [...highlight].map((r) => {
      const range = document.createRange();
      try {
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      } catch {
        return '';
      }
    });
  });
  return out;
}

/** How many terms are marked (the active highlight left out). */
export function markedCount(): number {
  let n = 0;
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  registry?.forEach((h, name) => {
    if (name.startsWith('gloss') && name !== 'gloss-active') n += h.size;
  });
  return n;
}

/**
 * What the page itself can see of Gloss's host: elements on <html> beside <head> and <body> (the
 * host carries no attribute to select it by), and whether any element in <body> has an attribute
 * naming Gloss.
 */
export function hostPlacement(): { count: number; outsideBody: boolean; attributes: number } {
  const hosts = [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
  return {
    count: hosts.length,
    outsideBody: hosts.every((h) => !document.body.contains(h)),
    attributes: hosts.reduce((n, h) => n + h.attributes.length, 0),
  };
}

/**
 * Starts a main-world heartbeat: a 5 ms timer loop that records its longest gap, i.e. the
 * longest time the page's main thread was busy with something else (Gloss included).
 */
export function startHeartbeat(): void {
  const w = window as unknown as { __glossHeartbeat?: { max: number; ticks: number; stop: boolean } };
  const beat = { max: 0, ticks: 0, stop: false };
  w.__glossHeartbeat = beat;
  let last = performance.now();
  const tick = (): void => {
    const now = performance.now();
    beat.max = Math.max(beat.max, now - last);
    beat.ticks++;
    last = now;
    if (!beat.stop) setTimeout(tick, 5);
  };
  setTimeout(tick, 5);
}

export function readHeartbeat(): { max: number; ticks: number } {
  const beat = (window as unknown as { __glossHeartbeat?: { max: number; ticks: number } }).__glossHeartbeat;
  return { max: beat?.max ?? -1, ticks: beat?.ticks ?? 0 };
}
