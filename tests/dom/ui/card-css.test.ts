import { describe, expect, it } from 'vitest';
import { cardCss } from '../../../src/ui/card/card.css.ts';
import { installCardStyles } from '../../../src/ui/card/render-card.tsx';
import type { Palette } from '../../../src/ui/tokens.ts';
import { DARK, LIGHT } from '../../../src/ui/tokens.ts';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Text colour, the backgrounds it sits on, the least contrast WCAG asks for. */
const PAIRS: [keyof Palette, (keyof Palette)[], number][] = [
  ['text', ['bg', 'surface', 'hoverBg'], 4.5],
  ['muted', ['bg', 'surface', 'hoverBg'], 4.5],
  ['link', ['bg', 'surface', 'hoverBg'], 4.5],
  ['chipText', ['chipBg'], 4.5],
  ['warnText', ['warnBg', 'bg'], 4.5],
  ['focus', ['bg', 'surface'], 3],
];

/** Top-level rules of a stylesheet with the at-rule (if any) they sit in. */
function rules(css: string): { selector: string; at: string }[] {
  const out: { selector: string; at: string }[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{') {
      const head = buffer.trim();
      if (!head.startsWith('@') && !stack.some((s) => s.startsWith('@keyframes'))) {
        out.push({ selector: head, at: stack.filter((s) => s.startsWith('@')).join(' ') });
      }
      stack.push(head);
      buffer = '';
    } else if (ch === '}') {
      stack.pop();
      buffer = '';
    } else if (ch === ';' && stack.length > 0 && !stack[stack.length - 1]?.startsWith('@')) {
      buffer = '';
    } else {
      buffer += ch;
    }
  }
  return out;
}

/** "a, b:where(c, d)" → ["a", "b:where(c, d)"]: commas inside parentheses do not split. */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return [...parts, current];
}

describe('card stylesheet', () => {
  it('meets WCAG AA contrast in the light and the dark palette', () => {
    for (const [name, palette] of [['light', LIGHT], ['dark', DARK]] as const) {
      for (const [fg, bgs, min] of PAIRS) {
        for (const bg of bgs) {
          expect(contrast(palette[fg], palette[bg]), `${name}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
        }
      }
    }
  });

  it('scopes every selector under .gloss-card', () => {
    const found = rules(cardCss);
    expect(found.length).toBeGreaterThan(40);
    for (const { selector } of found) {
      for (const part of splitSelectorList(selector)) expect(part.trim(), selector).toMatch(/^\.gloss-card(?![\w-])/);
    }
  });

  it('animates only for readers who did not ask for reduced motion', () => {
    const motionBlock = /@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*?\n\}/;
    expect(cardCss).toMatch(motionBlock);
    const rest = cardCss.replace(motionBlock, '');
    for (const m of rest.matchAll(/(transition|animation)\s*:\s*([^;}]+)/g)) expect(m[2]?.trim()).toMatch(/^none/);
    expect(cardCss).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
  });

  it('has a dark palette for prefers-color-scheme and a forced one for theme="dark"', () => {
    expect(cardCss).toContain('@media (prefers-color-scheme: dark){.gloss-card:not(.gloss-card--light){');
    expect(cardCss).toContain(`.gloss-card.gloss-card--dark{--gloss-bg:${DARK.bg};`);
    expect(cardCss).toContain(`.gloss-card{--gloss-bg:${LIGHT.bg};`);
  });

  it('sizes in px, not rem (rem follows the host page)', () => {
    expect(cardCss).not.toMatch(/\d(\.\d+)?rem\b/);
    expect(cardCss).toMatch(/width: 360px; max-width: 92vw; max-height: 70vh;/);
  });

  it('uses a three-step type scale: 12, 14 and 16 px', () => {
    const sizes = new Set([...cardCss.matchAll(/font-size:\s*([\d.]+px)/g)].map((m) => m[1]));
    // The shorthand on the root sets the reading size.
    for (const m of cardCss.matchAll(/font:\s*\d{3} ([\d.]+px)/g)) sizes.add(m[1]);
    expect([...sizes].sort()).toEqual(['12px', '14px', '16px']);
  });

  it('colours the scrollbar from the palette, visible on light and dark', () => {
    expect(cardCss).toMatch(/\.gloss-card__body \{[^}]*scrollbar-color: var\(--gloss-scrollbar\) transparent/);
    // The thumb stands out from the background it scrolls over: darker on light, lighter on dark.
    expect(luminance(LIGHT.scrollbar)).toBeLessThan(luminance(LIGHT.bg));
    expect(luminance(DARK.scrollbar)).toBeGreaterThan(luminance(DARK.bg));
    expect(contrast(DARK.scrollbar, DARK.bg)).toBeGreaterThan(2);
  });

  it('clamps the summary to three lines and fades the foot of the body', () => {
    expect(cardCss).toMatch(/\.gloss-card__summary--clamped \{[^}]*-webkit-line-clamp: 3/);
    expect(cardCss).toMatch(/\.gloss-card__fade \{[^}]*linear-gradient\(to bottom, transparent, var\(--gloss-bg\)/);
    expect(cardCss).toMatch(/\.gloss-card__actions \{[^}]*flex-wrap: nowrap/);
  });

  it('gives every control a visible focus ring', () => {
    expect(cardCss).toMatch(/\.gloss-card :where\(a, button\):focus-visible \{ outline: 2px solid var\(--gloss-focus\)/);
  });

  it('installs once into a shadow root or a document', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    installCardStyles(shadow);
    installCardStyles(shadow);
    expect(shadow.querySelectorAll('style')).toHaveLength(1);
    expect(shadow.querySelector('style')?.textContent).toBe(cardCss);
    installCardStyles(document);
    installCardStyles(document);
    expect(document.head.querySelectorAll('style[data-gloss-card-css]')).toHaveLength(1);
  });
});
