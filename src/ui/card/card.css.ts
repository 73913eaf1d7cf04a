import { FONT_STACK, themeCss } from '../tokens.ts';

const R = '.gloss-card';

/*
 * Every selector starts with .gloss-card, so this sheet can go into the content script's shadow
 * root and into the popup's page alike. Sizes are in px, never rem: rem follows the host page's
 * root font size (62.5% is common), which would shrink or blow up the card.
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
${R} .gloss-card__header { display: flex; align-items: flex-start; gap: 8px; padding: 14px 10px 10px 16px; }
${R} .gloss-card__heading { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; align-items: flex-start; gap: 6px; }
${R} .gloss-card__chip {
  display: inline-block; padding: 2px 8px; border-radius: 999px; font-size: 11px; line-height: 16px;
  font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  background: var(--gloss-chip-bg); color: var(--gloss-chip-text);
}
${R} .gloss-card__title { font-size: 17px; line-height: 1.3; font-weight: 600; letter-spacing: -0.005em; color: var(--gloss-text); }
${R} .gloss-card__close {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 28px; height: 28px; border-radius: 8px; color: var(--gloss-muted);
}
${R} .gloss-card__close:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
`;

const body = `
${R} .gloss-card__body {
  flex: 1 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain;
  display: flex; flex-direction: column; gap: 14px; padding: 0 16px 14px;
  scrollbar-width: thin; scrollbar-color: var(--gloss-border) transparent;
}
${R} .gloss-card__summary { line-height: 1.5; }
${R} .gloss-card__section-title {
  margin-bottom: 6px; font-size: 11px; line-height: 16px; font-weight: 600;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--gloss-muted);
}
${R} .gloss-card__fact { padding: 8px 0; border-top: 1px solid var(--gloss-border); }
${R} .gloss-card__fact:first-child { padding-top: 0; border-top: 0; }
${R} .gloss-card__fact:last-child { padding-bottom: 0; }
${R} .gloss-card__fact-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; min-height: 24px; }
${R} .gloss-card__fact-label { font-size: 12.5px; color: var(--gloss-muted); }
${R} .gloss-card__icon-button {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 24px; height: 24px; border-radius: 6px; color: var(--gloss-muted);
}
${R} .gloss-card__icon-button:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
${R} .gloss-card__icon-button--done { color: var(--gloss-link); }
${R} .gloss-card__value-row { margin: 0; }
${R} .gloss-card__value { font-weight: 600; color: var(--gloss-text); }
${R} .gloss-card__unit { font-weight: 500; }
${R} .gloss-card__as-of { display: inline-block; margin-left: 6px; font-size: 12px; color: var(--gloss-muted); }
${R} .gloss-card__source { margin-top: 2px; font-size: 12px; line-height: 1.4; color: var(--gloss-muted); }
${R} .gloss-card__link { color: var(--gloss-link); text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px; border-radius: 2px; }
${R} .gloss-card__link:hover { text-decoration-thickness: 2px; }
${R} .gloss-card__link .gloss-card__icon { display: inline-block; margin-left: 3px; vertical-align: -1px; }
${R} .gloss-card__source-url { overflow-wrap: anywhere; }
${R} .gloss-card__disputed {
  display: inline-flex; align-items: center; gap: 5px; margin: 2px 0 6px; padding: 1px 8px 1px 6px;
  border-radius: 999px; font-size: 11.5px; line-height: 18px; font-weight: 600;
  background: var(--gloss-warn-bg); color: var(--gloss-warn-text);
}
${R} .gloss-card__alts { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; }
${R} .gloss-card__alt { padding: 8px 10px; border-radius: 8px; background: var(--gloss-surface); border: 1px solid var(--gloss-border); }
${R} .gloss-card__alt .gloss-card__as-of { display: block; margin: 0; }
${R} .gloss-card__note { margin-top: 4px; font-size: 12.5px; line-height: 1.45; font-style: italic; color: var(--gloss-muted); }
`;

const timelineAndRelated = `
${R} .gloss-card__text-button {
  padding: 4px 6px; border-radius: 6px; font-size: 12px; font-weight: 500; line-height: 18px; color: var(--gloss-muted);
}
${R} .gloss-card__text-button:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
${R} .gloss-card__timeline-toggle { margin: -2px 0 4px -6px; color: var(--gloss-link); }
${R} .gloss-card__timeline { position: relative; padding-left: 16px; }
${R} .gloss-card__timeline::before {
  content: ""; position: absolute; left: 4px; top: 7px; bottom: 7px; width: 2px; border-radius: 1px; background: var(--gloss-border);
}
${R} .gloss-card__timeline-item { position: relative; padding-bottom: 6px; }
${R} .gloss-card__timeline-item:last-child { padding-bottom: 0; }
${R} .gloss-card__timeline-item::before {
  content: ""; position: absolute; left: -15px; top: 5px; width: 8px; height: 8px; border-radius: 50%;
  background: var(--gloss-bg); border: 2px solid var(--gloss-link);
}
${R} .gloss-card__timeline-date { display: block; font-size: 12px; line-height: 1.4; color: var(--gloss-muted); font-variant-numeric: tabular-nums; }
${R} .gloss-card__timeline-event { display: block; font-size: 13px; line-height: 1.45; }
${R} .gloss-card__related { display: flex; flex-wrap: wrap; gap: 6px; }
${R} .gloss-card__chip-button {
  padding: 3px 10px; border-radius: 999px; border: 1px solid var(--gloss-border);
  background: var(--gloss-bg); color: var(--gloss-text); font-size: 13px; line-height: 20px; text-align: start;
}
${R} .gloss-card__chip-button:hover { background: var(--gloss-hover-bg); border-color: var(--gloss-muted); }
${R} .gloss-card__reviewed { font-size: 11.5px; color: var(--gloss-muted); }
`;

const footer = `
${R} .gloss-card__footer { flex: none; padding: 6px 10px; border-top: 1px solid var(--gloss-border); }
${R} .gloss-card__actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0 2px; }
/* Sits at the end of the buttons' last line, so "Copied" rarely changes the card's height. */
${R} .gloss-card__status { margin-left: auto; padding: 0 6px; font-size: 12px; line-height: 26px; color: var(--gloss-muted); }
${R} .gloss-card__status:empty { padding: 0; }
${R} .gloss-card__status--failed { color: var(--gloss-warn-text); }
`;

const modes = `
${R}.gloss-card--popup { width: 100%; max-width: none; max-height: 100%; border: 0; border-radius: 0; box-shadow: none; }
@media (forced-colors: active) {
  ${R}, ${R} .gloss-card__chip, ${R} .gloss-card__chip-button, ${R} .gloss-card__disputed, ${R} .gloss-card__alt { border: 1px solid CanvasText; }
  ${R} .gloss-card__timeline-item::before { forced-color-adjust: none; background: Canvas; border-color: CanvasText; }
}
`;

/* Motion only for readers who have not asked for less; the reduce block is a second guard. */
const motion = `
@media (prefers-reduced-motion: no-preference) {
  ${R}.gloss-card--hover { animation: gloss-card-in 140ms ease-out; }
  ${R} :where(button, a) { transition: background-color 120ms ease, color 120ms ease, border-color 120ms ease; }
  @keyframes gloss-card-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
}
@media (prefers-reduced-motion: reduce) {
  ${R}, ${R} * { animation: none !important; transition: none !important; }
}
`;

/** The card's whole stylesheet. Put it once into the shadow root (or page) that holds cards. */
export const cardCss: string = [themeCss(R), base, header, body, timelineAndRelated, footer, modes, motion].join('\n');
