/** Styles of the card's content: key facts, sources, timeline, related entries. `R` is the card's root selector. */
export function factsCss(R: string): string {
  return `
${R} .gloss-card__section-title {
  margin-bottom: 4px; font-size: 12px; line-height: 16px; font-weight: 600;
  letter-spacing: 0.06em; text-transform: uppercase; color: var(--gloss-muted);
}
${R} .gloss-card__fact { padding: 8px 0; border-top: 1px solid var(--gloss-border); }
${R} .gloss-card__fact:first-child { padding-top: 0; border-top: 0; }
${R} .gloss-card__fact:last-child { padding-bottom: 0; }
${R} .gloss-card__fact-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; min-height: 24px; }
${R} .gloss-card__fact-label { font-size: 12px; line-height: 1.4; color: var(--gloss-muted); }
${R} .gloss-card__fact-tools { flex: none; display: inline-flex; gap: 2px; }
${R} .gloss-card__icon-button {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 24px; height: 24px; border-radius: 6px; color: var(--gloss-muted);
}
${R} .gloss-card__icon-button:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
${R} .gloss-card__icon-button--done, ${R} .gloss-card__icon-button--on { color: var(--gloss-link); }
${R} .gloss-card__value-row { margin: 0; }
${R} .gloss-card__value { font-weight: 600; color: var(--gloss-text); }
${R} .gloss-card__unit { font-weight: 500; }
${R} .gloss-card__as-of { display: inline-block; margin-inline-start: 6px; font-size: 12px; color: var(--gloss-muted); }
${R} .gloss-card__conversions { margin-top: 2px; font-size: 12px; line-height: 1.4; color: var(--gloss-text); font-variant-numeric: tabular-nums; }
${R} .gloss-card__source { margin-top: 2px; font-size: 12px; line-height: 1.4; color: var(--gloss-muted); }
${R} .gloss-card__link { color: var(--gloss-link); text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 2px; border-radius: 2px; }
${R} .gloss-card__link:hover { text-decoration-thickness: 2px; }
${R} .gloss-card__link .gloss-card__icon { display: inline-block; margin-inline-start: 3px; vertical-align: -1px; }
${R} .gloss-card__source-url { overflow-wrap: anywhere; }
${R} .gloss-card__disputed {
  display: inline-flex; align-items: center; gap: 4px; margin: 2px 0 6px; padding: 0 8px 0 6px;
  border-radius: 999px; font-size: 12px; line-height: 18px; font-weight: 600;
  background: var(--gloss-warn-bg); color: var(--gloss-warn-text);
}
${R} .gloss-card__alts { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; }
${R} .gloss-card__alt { padding: 8px 10px; border-radius: 8px; background: var(--gloss-surface); border: 1px solid var(--gloss-border); }
${R} .gloss-card__alt .gloss-card__as-of { display: block; margin: 0; }
${R} .gloss-card__note { margin-top: 4px; font-size: 12px; line-height: 1.45; font-style: italic; color: var(--gloss-muted); }

${R} .gloss-card__text-button {
  padding: 2px 6px; border-radius: 6px; font-size: 12px; font-weight: 500; line-height: 18px; color: var(--gloss-muted);
}
${R} .gloss-card__text-button:hover { background: var(--gloss-hover-bg); color: var(--gloss-text); }
${R} .gloss-card__timeline-toggle { margin: -2px 0 4px -6px; color: var(--gloss-link); }
${R} .gloss-card__timeline { position: relative; padding-inline-start: 16px; }
${R} .gloss-card__timeline::before {
  content: ""; position: absolute; inset-inline-start: 4px; top: 7px; bottom: 7px; width: 2px; border-radius: 1px; background: var(--gloss-border);
}
${R} .gloss-card__timeline-item { position: relative; padding-bottom: 6px; }
${R} .gloss-card__timeline-item:last-child { padding-bottom: 0; }
${R} .gloss-card__timeline-item::before {
  content: ""; position: absolute; inset-inline-start: -15px; top: 5px; width: 8px; height: 8px; border-radius: 50%;
  background: var(--gloss-bg); border: 2px solid var(--gloss-link);
}
${R} .gloss-card__timeline-date { display: block; font-size: 12px; line-height: 1.4; color: var(--gloss-muted); font-variant-numeric: tabular-nums; }
${R} .gloss-card__timeline-event { display: block; font-size: 14px; line-height: 1.45; }
${R} .gloss-card__related { display: flex; flex-wrap: wrap; gap: 6px; }
${R} .gloss-card__chip-button {
  padding: 2px 10px; border-radius: 999px; border: 1px solid var(--gloss-border);
  background: var(--gloss-bg); color: var(--gloss-text); font-size: 12px; line-height: 20px; text-align: start;
}
${R} .gloss-card__chip-button:hover { background: var(--gloss-hover-bg); border-color: var(--gloss-muted); }
${R} .gloss-card__reviewed { font-size: 12px; color: var(--gloss-muted); }
`;
}
