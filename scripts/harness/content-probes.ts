// Page functions that read what Gloss shows, from the page's main world (the registry of
// highlights and the open shadow root of the card host are both visible there). Serialised into
// the page: they must not close over anything.

export interface CardState {
  open: boolean;
  title: string | null;
  entryId: string | null;
  /** The dialog or something inside it has focus. */
  focused: boolean;
  text: string;
  /** The polite live region beside the card (announcements of the keyboard commands). */
  announced: string;
  theme: string | null;
  links: Array<{ href: string; target: string | null; rel: string | null }>;
}

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

export function cardState(): CardState {
  const hosts = document.querySelectorAll('[data-gloss-host]');
  const root = hosts[0]?.shadowRoot ?? null;
  const dialog = root?.querySelector('[role="dialog"]') ?? null;
  const float = dialog?.closest('.gloss-float') as HTMLElement | null | undefined;
  const open = !!dialog && !!float && !float.hidden;
  const labelId = dialog?.getAttribute('aria-labelledby');
  const title = labelId ? (root?.getElementById(labelId)?.textContent ?? null) : null;
  const active = root?.activeElement ?? null;
  const themeClass = dialog ? [...dialog.classList].find((c) => /--(light|dark)$/.test(c)) ?? 'auto' : null;
  return {
    open,
    title: title?.trim() ?? null,
    entryId: dialog?.getAttribute('data-entry-id') ?? null,
    focused: !!dialog && !!active && (active === dialog || dialog.contains(active)),
    text: (dialog?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    announced: (root?.querySelector('.gloss-live')?.textContent ?? '').trim(),
    theme: themeClass,
    links: [...(dialog?.querySelectorAll('a[href]') ?? [])].map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
  };
}

/** The number of Gloss host elements and whether each sits outside <body>. */
export function hostPlacement(): { count: number; outsideBody: boolean } {
  const hosts = [...document.querySelectorAll('[data-gloss-host]')];
  return { count: hosts.length, outsideBody: hosts.every((h) => !document.body.contains(h)) };
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
