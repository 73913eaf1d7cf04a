/**
 * Whether the page is dark where its text is, so the card matches it: a dark card on a dark page
 * even when the system asks for light; elsewhere the card follows prefers-color-scheme.
 */
import type { CardTheme } from '../../ui/card/index.ts';

/** Relative luminance (0 black … 1 white) of an `rgb()`/`rgba()` colour, or null when transparent or unknown. */
export function luminance(color: string): number | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  const [, r, g, b, a] = m ?? [];
  if (r === undefined || g === undefined || b === undefined) return null;
  const alpha = a === undefined ? 1 : a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
  if (!(alpha > 0.5)) return null;
  const lin = (v: string): number => {
    const c = Math.min(255, parseFloat(v)) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The card theme for a page: 'dark' when the background behind `near` (or the body) is dark,
 * else 'auto' (follow prefers-color-scheme).
 */
export function themeFor(win: Window, near: Element | null): CardTheme {
  const doc = win.document;
  // Either may be missing on the page (an SVG or XML document, or a page that removed them), though the DOM types say otherwise.
  const body = doc.body as HTMLElement | null;
  const root = doc.documentElement as Element | null;
  const chain: Element[] = [];
  for (let el: Element | null = near; el && chain.length < 12; el = el.parentElement) chain.push(el);
  if (body) chain.push(body);
  if (root) chain.push(root);
  for (const el of chain) {
    const l = luminance(win.getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.2 ? 'dark' : 'auto';
  }
  // No background anywhere: the canvas, which is dark only when the page asked for a dark scheme.
  const scheme = root ? win.getComputedStyle(root).colorScheme : '';
  return /dark/.test(scheme) && win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'auto';
}
