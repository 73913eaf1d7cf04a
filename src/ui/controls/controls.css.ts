import { FONT_STACK, themeCss } from '../tokens.ts';

/** The root class of the popup and the options page (<html class="gloss-ui">). */
export const UI_ROOT = 'gloss-ui';
const R = `.${UI_ROOT}`;

/*
 * The base both extension pages share: the card's palette (tokens.ts), type, focus ring, buttons,
 * inputs, the switch, radios and checkboxes. Page-specific layout lives next to each page.
 * Focus is always visible: every focusable thing gets the same 2px ring on :focus-visible.
 */
const base = `
${R} { background: var(--gloss-bg); color: var(--gloss-text); font: 400 14px/1.45 ${FONT_STACK}; -webkit-font-smoothing: antialiased; }
/* Chrome gives extension pages \`body { font-size: 75% }\`; the pages set their own type. */
${R} body { margin: 0; font: inherit; background: var(--gloss-bg); color: var(--gloss-text); }
${R} *, ${R} *::before, ${R} *::after { box-sizing: border-box; }
${R} :where(h1, h2, h3, p, ul, ol, li, fieldset, legend) { margin: 0; padding: 0; }
${R} :where(ul, ol) { list-style: none; }
${R} :where(a) { color: var(--gloss-link); }
${R} :focus { outline: none; }
${R} :focus-visible { outline: 2px solid var(--gloss-focus); outline-offset: 2px; }
${R} [hidden] { display: none !important; }
${R} .gloss-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
${R} .gloss-muted { color: var(--gloss-muted); }
${R} .gloss-chip {
  display: inline-block; flex: none; padding: 1px 7px; border-radius: 999px; font-size: 10.5px; line-height: 16px;
  font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  background: var(--gloss-chip-bg); color: var(--gloss-chip-text);
}
`;

const buttons = `
${R} .gloss-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 32px; padding: 5px 12px; border-radius: 8px; cursor: pointer;
  font: inherit; font-weight: 500; line-height: 20px; text-align: center;
  color: var(--gloss-text); background: var(--gloss-bg);
  border: 1px solid color-mix(in srgb, var(--gloss-muted) 55%, var(--gloss-bg));
}
${R} .gloss-button:hover { background: var(--gloss-hover-bg); }
${R} .gloss-button:disabled { cursor: default; opacity: 0.6; }
${R} .gloss-button--primary { color: var(--gloss-bg); background: var(--gloss-link); border-color: var(--gloss-link); }
${R} .gloss-button--primary:hover { background: color-mix(in srgb, var(--gloss-link) 88%, var(--gloss-text)); }
${R} .gloss-button--danger { color: var(--gloss-warn-text); background: var(--gloss-warn-bg); border-color: color-mix(in srgb, var(--gloss-warn-text) 45%, var(--gloss-warn-bg)); }
${R} .gloss-button--danger:hover { background: color-mix(in srgb, var(--gloss-warn-bg) 80%, var(--gloss-warn-text)); }
${R} .gloss-button--quiet { border-color: transparent; background: transparent; color: var(--gloss-muted); }
${R} .gloss-button--quiet:hover { color: var(--gloss-text); background: var(--gloss-hover-bg); }
${R} .gloss-icon { display: block; flex: none; }
`;

const inputs = `
${R} .gloss-input {
  min-height: 34px; padding: 6px 10px; border-radius: 8px; font: inherit; color: var(--gloss-text);
  background: var(--gloss-bg); border: 1px solid color-mix(in srgb, var(--gloss-muted) 55%, var(--gloss-bg));
}
${R} .gloss-input::placeholder { color: var(--gloss-muted); opacity: 1; }
${R} .gloss-input:focus-visible, ${R} .gloss-input:focus { outline: 2px solid var(--gloss-focus); outline-offset: 0; border-color: var(--gloss-focus); }
${R} .gloss-input[aria-invalid="true"] { border-color: var(--gloss-warn-text); }
${R} input[type="radio"], ${R} input[type="checkbox"] { accent-color: var(--gloss-link); width: 16px; height: 16px; margin: 0; flex: none; }
${R} input[type="range"] { accent-color: var(--gloss-link); }
`;

const toggle = `
${R} .gloss-switch {
  display: flex; align-items: center; justify-content: space-between; gap: 12px; width: 100%;
  padding: 4px 0; margin: 0; border: 0; background: none; cursor: pointer; text-align: start;
  font: inherit; color: inherit;
}
${R} .gloss-switch:disabled { cursor: default; opacity: 0.6; }
${R} .gloss-switch:focus-visible { outline-offset: 4px; border-radius: 6px; }
${R} .gloss-switch__label { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
${R} .gloss-switch__track {
  position: relative; flex: none; width: 38px; height: 22px; border-radius: 999px;
  background: var(--gloss-bg); border: 2px solid var(--gloss-muted);
}
${R} .gloss-switch__thumb {
  position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%; background: var(--gloss-muted);
}
${R} .gloss-switch[aria-checked="true"] .gloss-switch__track { background: var(--gloss-link); border-color: var(--gloss-link); }
${R} .gloss-switch[aria-checked="true"] .gloss-switch__thumb { left: 18px; background: var(--gloss-bg); }
@media (prefers-reduced-motion: no-preference) {
  ${R} .gloss-switch__thumb { transition: left 120ms ease; }
  ${R} .gloss-button, ${R} .gloss-switch__track { transition: background-color 120ms ease, border-color 120ms ease; }
}
@media (forced-colors: active) {
  ${R} .gloss-switch__track { border-color: CanvasText; }
  ${R} .gloss-switch__thumb { background: CanvasText; }
  ${R} .gloss-switch[aria-checked="true"] .gloss-switch__track { background: Highlight; border-color: Highlight; }
  ${R} .gloss-switch[aria-checked="true"] .gloss-switch__thumb { background: HighlightText; }
  ${R} .gloss-chip { border: 1px solid CanvasText; }
}
`;

/** Palette variables plus the shared controls, for <html class="gloss-ui">. */
export const controlsCss: string = [themeCss(R), base, buttons, inputs, toggle].join('\n');
