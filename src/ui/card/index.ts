export { Card } from './Card.tsx';
export type { CardProps, CardTheme } from './Card.tsx';
export { installCardStyles, renderCard } from './render-card.tsx';
export type { CardHandle } from './render-card.tsx';
