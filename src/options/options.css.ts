import { UI_ROOT } from '../ui/controls/controls.css.ts';

const R = `.${UI_ROOT}`;

/* The options page: one calm column of titled sections, on the card's palette. */
export const optionsCss = `
${R}.gloss-options-page { background: var(--gloss-surface); }
${R}.gloss-options-page body { background: var(--gloss-surface); }
${R} .gloss-options { max-width: 760px; margin: 0 auto; padding: 28px 20px 48px; }
${R} .gloss-options__header { display: flex; align-items: center; gap: 12px; margin-bottom: 20px; }
${R} .gloss-options__header h1 { font-size: 24px; line-height: 1.2; font-weight: 650; letter-spacing: -0.01em; }
${R} .gloss-options__main { display: flex; flex-direction: column; gap: 16px; }
${R} .gloss-loading { padding: 24px; }

${R} .gloss-section { padding: 18px 20px 16px; border-radius: 12px; background: var(--gloss-bg); border: 1px solid var(--gloss-border); }
${R} .gloss-section__title { font-size: 16px; line-height: 1.3; font-weight: 650; margin-bottom: 4px; }
${R} .gloss-section__intro { color: var(--gloss-muted); margin-bottom: 12px; max-width: 60ch; }
${R} .gloss-strong { font-weight: 600; }
${R} .gloss-hint { color: var(--gloss-muted); font-size: 13px; margin-top: 2px; max-width: 60ch; }
${R} .gloss-row { margin: 8px 0 16px; max-width: 460px; }

${R} .gloss-radios, ${R} .gloss-checks { border: 0; margin: 12px 0 0; padding: 0; min-width: 0; }
${R} .gloss-radios__legend { padding: 0; margin-bottom: 6px; font-weight: 600; }
${R} .gloss-radio { display: flex; align-items: flex-start; gap: 10px; padding: 6px 0; }
${R} .gloss-radio input { margin-top: 2px; }
${R} .gloss-radio__text label { cursor: pointer; }
${R} .gloss-radio__hint { color: var(--gloss-muted); font-size: 13px; }
${R} .gloss-checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 4px 16px; }
${R} .gloss-checks .gloss-radios__legend { grid-column: 1 / -1; }
${R} .gloss-check { display: flex; align-items: center; gap: 10px; padding: 4px 0; }
${R} .gloss-check label { cursor: pointer; }

${R} .gloss-add-site { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px; }
${R} .gloss-field { display: flex; flex-direction: column; gap: 4px; }
${R} .gloss-field label { font-weight: 600; font-size: 13px; }
${R} .gloss-field:first-child { flex: 1 1 240px; }
${R} .gloss-field-error { margin-top: 4px; color: var(--gloss-warn-text); font-size: 13px; font-weight: 500; }
${R} .gloss-field-error:empty { display: none; }
${R} .gloss-list { margin-top: 12px; border-top: 1px solid var(--gloss-border); }
${R} .gloss-list__row { display: flex; align-items: center; justify-content: space-between; gap: 12px; padding: 6px 0; border-bottom: 1px solid var(--gloss-border); }
${R} .gloss-list__row .gloss-switch { flex: 1 1 auto; }
${R} .gloss-site-name { font-variant-ligatures: none; overflow-wrap: anywhere; }
${R} .gloss-icon-button { width: 32px; height: 32px; padding: 0; flex: none; }
${R} .gloss-empty-list { margin-top: 12px; color: var(--gloss-muted); font-style: italic; }

${R} .gloss-columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr); gap: 24px; align-items: start; }
@media (max-width: 640px) { ${R} .gloss-columns { grid-template-columns: minmax(0, 1fr); } }
${R} .gloss-preview { margin: 12px 0 0; padding: 14px 16px; border-radius: 10px; background: var(--gloss-surface); border: 1px solid var(--gloss-border); }
${R} .gloss-preview__caption { font-size: 11px; line-height: 16px; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: var(--gloss-muted); margin-bottom: 8px; }
${R} .gloss-preview__text { font: 17px/1.6 Georgia, "Times New Roman", serif; }

${R} .gloss-slider { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; margin-top: 8px; }
${R} .gloss-slider label { font-weight: 600; }
${R} .gloss-slider input { flex: 1 1 220px; max-width: 360px; }
${R} .gloss-slider__value { min-width: 64px; font-variant-numeric: tabular-nums; }

${R} .gloss-actions { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 4px; }
${R} .gloss-confirm { padding: 12px 14px; border-radius: 10px; background: var(--gloss-warn-bg); color: var(--gloss-warn-text); }
${R} .gloss-confirm p { margin-bottom: 10px; max-width: 60ch; }
${R} .gloss-confirm .gloss-button:not(.gloss-button--danger) { color: var(--gloss-text); }

${R} .gloss-glossaries { border-radius: 10px; }
${R} .gloss-glossaries--dragging { outline: 2px dashed var(--gloss-focus); outline-offset: 6px; }
${R} .gloss-glossary-list { list-style: none; margin: 12px 0 0; padding: 0; border-top: 1px solid var(--gloss-border); }
${R} .gloss-glossary { padding: 10px 0 12px; border-bottom: 1px solid var(--gloss-border); }
${R} .gloss-glossary .gloss-switch__label { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
${R} .gloss-glossary__description { margin: 2px 0 4px; max-width: 60ch; }
${R} .gloss-glossary__meta { margin-top: 0; overflow-wrap: anywhere; }
${R} .gloss-glossary__shadowed { margin-top: 4px; font-size: 13px; color: var(--gloss-warn-text); }
${R} .gloss-glossary__actions { margin-top: 8px; }
${R} .gloss-glossary .gloss-confirm { margin-top: 10px; }
${R} .gloss-dropzone { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin-top: 14px; padding: 14px 16px; border: 2px dashed color-mix(in srgb, var(--gloss-muted) 60%, var(--gloss-bg)); border-radius: 10px; }
${R} .gloss-dropzone--active { border-color: var(--gloss-focus); background: var(--gloss-surface); }
${R} .gloss-dropzone__text { flex: 1 1 100%; }
${R} .gloss-dropzone .gloss-hint { flex: 1 1 200px; margin-top: 0; }
${R} .gloss-problems { margin-top: 8px; padding: 10px 12px 10px 14px; border-radius: 8px; background: var(--gloss-warn-bg); color: var(--gloss-warn-text); font-size: 13px; }
${R} .gloss-problems__title { font-weight: 600; margin-bottom: 4px; }
${R} .gloss-problems ul { margin: 0; padding-left: 18px; }
${R} .gloss-problems li { overflow-wrap: anywhere; }
${R} .gloss-problems__more { margin-top: 6px; font-weight: 600; }

${R} .gloss-status { margin-top: 10px; font-size: 13px; }
${R} .gloss-status:empty { display: none; }
${R} .gloss-status--ok { color: var(--gloss-muted); }
${R} .gloss-status--error { padding: 10px 12px; border-radius: 8px; background: var(--gloss-warn-bg); color: var(--gloss-warn-text); }
${R} .gloss-status--error p:first-child { font-weight: 600; }
${R} .gloss-status__detail { margin-top: 2px; overflow-wrap: anywhere; }
`;
