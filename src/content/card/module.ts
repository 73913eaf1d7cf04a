/**
 * content-card.js: the card, loaded by the hover code (hover/term-cards.ts) at the first hover
 * intent of a page, with import(). A module of its own, self-contained: Chrome serves it from a
 * per-session URL (use_dynamic_url), and a module there cannot import another by a relative path.
 */
export { createCardUi } from './card-ui.ts';
export type { CardOpen, CardUi, CardUiDeps } from './card-ui.ts';
