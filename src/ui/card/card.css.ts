import { FONT_STACK, themeCss } from '../tokens.ts';
import { factsCss } from './facts.css.ts';

const R = '.gloss-card';

/*
 * Every selector starts with .gloss-card, so this sheet can go into the content script's shadow
 * root and into the popup's page alike. Sizes are in px, never rem: rem follows the host page's
 * root font size (62.5% is common), which would shrink or blow up the card.
 *
 * Three type sizes only: 16 px for the title, 14 px for reading (summary, values), 12 px for
 * everything around them (labels, dates, sources, notes, buttons).
 */
const base = `
${R}, ${R} *, ${R} *::before, ${R} *::after { box-sizing: border-box; }
${R} {
  position: relative; display: flex; flex-direction: column;
  width: 360px; max-width: 92vw; max-height: 70vh; margin: 0; padding: 0; overflow: hidden;
  background: var(--gloss-bg); color: var(--gloss-text);
  border: 1px solid var(--gloss-border); border-radius: 12px; box-shadow: var(--gloss-shadow);
  font: 400 14px/1.45 ${FONT_STACK};
  text-align: start; text-transform: none; text-indent: 0; letter-spacing: normal; word-spacing: normal;
  white-space: normal; overflow-wrap: break-word; font-variant-numeric: normal;
  -webkit-font-smoothing: antialiased; -moz-osx-font-smoothing: grayscale;
}
${R}:focus { outline: none; }
${R}:focus-visible { outline: 2px solid var(--gloss-focus); outline-offset: 2px; }
${R} :where(h2, h3, p, ul, ol, li, footer, header, section) { margin: 0; padding: 0; font: inherit; color: inherit; border: 0; background: none; }
${R} :where(ul, ol) { list-style: none; }
${R} :where(button) {
  font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer;
  text-transform: none; letter-spacing: inherit; -webkit-appearance: none; appearance: none; line-height: inherit;
}
${R} :where(a, button):focus { outline: none; }
${R} :where(a, button):focus-visible { outline: 2px solid var(--gloss-focus); outline-offset: 2px; }
${R} [hidden] { display: none !important; }
${R} .gloss-card__icon { display: block; flex: none; }
${R} .gloss-card__sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
`;

const header = `
${R} .gloss-card__header { flex: none; display: flex; align-items: flex-start; gap: 8px; padding: 12px 10px 8px 16px; }
${R} .gloss-card__heading { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
${R} .gloss-card__kicker { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; font-size: 12px; line-height: 18px; color: var(--gloss-muted); }
${R} .gloss-card__chip {
  display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px; line-height: 18px;
  font-weight: 600; background: var(--gloss-chip-bg); color: var(--gloss-chip-text);
}
${R} .gloss-card__glossary { min-width: 0; overflow-wrap: anywhere; }
${R} .gloss-card__title { font-size: 16px; line-height: 1.3; font-weight: 600; color: var(--gloss-text); }
${R} .gloss-card__notice { display: flex; align-items: flex-start; gap: 4px; font-size: 12px; line-height: 1.4; color: var(--gloss-muted); }
${R} .gloss-card__notice--stale { color: var(--gloss-warn-text); }
${R} .gloss-card__notice .gloss-card__icon { margin-top: 2px; }
${R} .gloss-card__close {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; border-radius: 8px; color: var(--gloss-muted);
}
${R} .gloss-card__close:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
`;

/* The body scrolls; while more is below, a fade and a chevron say so. */
const scroll = `
${R} .gloss-card__scroll { position: relative; flex: 1 1 auto; min-height: 0; display: flex; flex-direction: column; }
${R} .gloss-card__body {
  flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain;
  display: flex; flex-direction: column; gap: 12px; padding: 0 16px 12px;
  scrollbar-width: thin; scrollbar-color: var(--gloss-scrollbar) transparent;
}
${R} .gloss-card__fade {
  position: absolute; left: 0; right: 0; bottom: 0; height: 40px; pointer-events: none;
  display: flex; align-items: flex-end; justify-content: center; padding-bottom: 4px;
  background: linear-gradient(to bottom, transparent, var(--gloss-bg) 85%);
}
${R} .gloss-card__cue {
  pointer-events: auto; cursor: pointer; display: inline-flex; align-items: center; justify-content: center;
  width: 22px; height: 22px; border-radius: 50%; color: var(--gloss-muted);
  background: var(--gloss-bg); border: 1px solid var(--gloss-border); box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12);
}
${R} .gloss-card__cue:hover { color: var(--gloss-text); }
`;

const summary = `
${R} .gloss-card__summary-block { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; }
${R} .gloss-card__summary { line-height: 1.5; }
${R} .gloss-card__summary--clamped { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
/* After the generic text button's colour (facts.css.ts), which it overrides. */
${R} .gloss-card__summary-block .gloss-card__more { margin-inline-start: -6px; color: var(--gloss-link); }
`;

const footer = `
${R} .gloss-card__footer { flex: none; padding: 4px 8px; border-top: 1px solid var(--gloss-border); }
${R} .gloss-card__actions { display: flex; flex-wrap: nowrap; align-items: center; gap: 2px; min-width: 0; }
${R} .gloss-card__action {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 32px; height: 32px; border-radius: 8px; color: var(--gloss-muted);
}
${R} .gloss-card__action:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
/* Sits at the end of the row, so "Copied" never changes the card's height. */
${R} .gloss-card__status {
  flex: 1 1 auto; min-width: 0; margin-left: auto; padding: 0 6px; text-align: end;
  font-size: 12px; line-height: 32px; color: var(--gloss-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
${R} .gloss-card__status:empty { padding: 0; }
${R} .gloss-card__status--failed { color: var(--gloss-warn-text); }
`;

const modes = `
${R}.gloss-card--popup { width: 100%; max-width: none; max-height: 100%; border: 0; border-radius: 0; box-shadow: none; }
@media (forced-colors: active) {
  ${R}, ${R} .gloss-card__chip, ${R} .gloss-card__chip-button, ${R} .gloss-card__disputed, ${R} .gloss-card__alt { border: 1px solid CanvasText; }
  ${R} .gloss-card__timeline-item::before { forced-color-adjust: none; background: Canvas; border-color: CanvasText; }
  ${R} .gloss-card__fade { display: none; }
}
`;

/* Motion only for readers who have not asked for less; the reduce block is a second guard. */
const motion = `
@media (prefers-reduced-motion: no-preference) {
  ${R}.gloss-card--hover { animation: gloss-card-in 140ms ease-out; }
  ${R} :where(button, a) { transition: background-color 120ms ease, color 120ms ease, border-color 120ms ease; }
  ${R} .gloss-card__body { scroll-behavior: smooth; }
  @keyframes gloss-card-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
@media (prefers-reduced-motion: reduce) {
  ${R}, ${R} * { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;

/** The card's whole stylesheet. Put it once into the shadow root (or page) that holds cards. */
export const cardCss: string = [themeCss(R), base, header, scroll, summary, factsCss(R), footer, modes, motion].join('\n');
