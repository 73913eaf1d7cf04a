import { UI_ROOT } from '../ui/controls/controls.css.ts';

const R = `.${UI_ROOT}`;

/* The toolbar popup: ~380 px wide, grows with its content up to the browser's limit (600 px). */
export const popupCss = `
${R}.gloss-popup-page, ${R}.gloss-popup-page body { width: 380px; }
/* Scrollbars in the palette's colours: a light thumb on the dark theme's background, not a white bar. */
${R}, ${R} .gloss-body { scrollbar-width: thin; scrollbar-color: var(--gloss-scrollbar) var(--gloss-bg); }
${R} .gloss-popup { position: relative; display: flex; flex-direction: column; min-height: 240px; }
${R} .gloss-popup--card { min-height: 560px; }
${R} .gloss-popup__main { display: flex; flex-direction: column; }
${R} .gloss-top { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 12px 12px 4px 16px; }
${R} .gloss-brand { display: flex; align-items: center; gap: 8px; font-size: 15px; font-weight: 650; letter-spacing: -0.01em; }
${R} .gloss-icon-button { width: 32px; height: 32px; padding: 0; }

${R} .gloss-search { position: relative; margin: 8px 12px 4px; }
${R} .gloss-search > .gloss-icon { position: absolute; left: 11px; top: 50%; transform: translateY(-50%); color: var(--gloss-muted); pointer-events: none; }
${R} .gloss-search__input { width: 100%; min-height: 38px; padding-left: 34px; font-size: 15px; border-radius: 10px; }

${R} .gloss-body { display: flex; flex-direction: column; padding: 4px 0 10px; max-height: 480px; overflow-y: auto; overscroll-behavior: contain; }

${R} .gloss-results { padding: 4px 6px; }
${R} .gloss-result { display: flex; flex-direction: column; gap: 2px; padding: 8px 10px; border-radius: 8px; cursor: pointer; }
${R} .gloss-result--active { background: var(--gloss-hover-bg); box-shadow: inset 3px 0 0 var(--gloss-link); }
${R} .gloss-result__head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
${R} .gloss-result__title { font-weight: 600; min-width: 0; overflow-wrap: anywhere; }
${R} .gloss-result__detail { font-size: 12.5px; line-height: 1.4; color: var(--gloss-muted); overflow-wrap: anywhere; }
${R} .gloss-result__detail--clamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 1; overflow: hidden; }
${R} .gloss-result__detail mark { background: none; color: var(--gloss-text); font-weight: 600; }

${R} .gloss-site { margin: 6px 12px 0; padding: 10px 12px; border-radius: 10px; background: var(--gloss-surface); border: 1px solid var(--gloss-border); }
${R} .gloss-site__name { font-weight: 600; }
${R} .gloss-site__detail { margin-top: 2px; font-size: 12.5px; }
${R} .gloss-site--restricted { color: var(--gloss-text); line-height: 1.5; }
${R} .gloss-note { display: flex; flex-direction: column; align-items: flex-start; gap: 8px; margin-top: 10px; padding-top: 10px; border-top: 1px solid var(--gloss-border); font-size: 13px; }

${R} .gloss-on-page { margin: 14px 12px 0; }
${R} .gloss-heading {
  margin: 0 4px 6px; font-size: 11px; line-height: 16px; font-weight: 600;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--gloss-muted);
}
${R} .gloss-terms { display: flex; flex-direction: column; gap: 2px; }
${R} .gloss-term {
  display: flex; align-items: center; justify-content: space-between; gap: 10px; width: 100%;
  padding: 7px 8px 7px 10px; border: 0; border-radius: 8px; background: none; color: inherit;
  font: inherit; text-align: start; cursor: pointer;
}
${R} .gloss-term:hover { background: var(--gloss-hover-bg); }
${R} .gloss-term__title { min-width: 0; overflow-wrap: anywhere; }
${R} .gloss-term__count {
  flex: none; min-width: 24px; padding: 0 7px; border-radius: 999px; font-size: 12px; line-height: 20px; text-align: center;
  font-variant-numeric: tabular-nums; background: var(--gloss-chip-bg); color: var(--gloss-chip-text);
}

${R} .gloss-empty { margin: 12px 16px 4px; line-height: 1.5; }
${R} .gloss-empty p + p { margin-top: 4px; font-size: 13px; }
${R} .gloss-notice { margin: 8px 16px 0; font-size: 13px; }
${R} .gloss-notice:empty { display: none; }
${R} .gloss-notice--error { color: var(--gloss-warn-text); }

/*
 * The card covers the popup's window (fixed, not the list's full height), so its footer is always
 * in view; the list under it does not scroll meanwhile. A little room around the card keeps its
 * focus ring clear of the window's edge.
 */
${R}:has(.gloss-popup--card) { overflow: hidden; }
${R} .gloss-card-layer { position: fixed; inset: 0; display: flex; padding: 4px; background: var(--gloss-bg); z-index: 1; }
${R} .gloss-card-layer > .gloss-card { flex: 1 1 auto; height: 100%; }
`;
