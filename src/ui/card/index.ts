export { Card } from './Card.tsx';
export type { CardMode, CardProps, CardTheme } from './Card.tsx';
export { cardCss } from './card.css.ts';
export { installCardStyles, renderCard } from './render-card.tsx';
export type { CardHandle } from './render-card.tsx';
