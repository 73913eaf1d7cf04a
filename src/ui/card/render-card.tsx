import { render } from 'preact';
import type { I18n } from '../i18n.tsx';
import { I18nProvider } from '../i18n.tsx';
import { cardCss } from './card.css.ts';
import { Card } from './Card.tsx';
import type { CardProps } from './Card.tsx';

export interface CardHandle {
  /** Re-render with new props (another entry, new callbacks); the card keeps its DOM and ids. */
  update(props: CardProps): void;
  /** Removes the card from the container. */
  unmount(): void;
}

/**
 * Mounts <Card> into `container` (an element or a shadow root) with its translator. The caller
 * adds the stylesheet once (installCardStyles) and positions the container.
 */
export function renderCard(container: Element | ShadowRoot, i18n: I18n, props: CardProps): CardHandle {
  const draw = (next: CardProps): void =>
    render(
      <I18nProvider value={i18n}>
        <Card {...next} />
      </I18nProvider>,
      container,
    );
  draw(props);
  return { update: draw, unmount: () => render(null, container) };
}

const STYLE_MARK = 'data-gloss-card-css';

/**
 * Adds `cardCss` to a shadow root or a document once; calling it again is harmless. Uses the
 * root's own document, so it works for a content script's shadow root as for the popup page.
 */
export function installCardStyles(root: ShadowRoot | Document): void {
  // A document may have no head (an SVG or XML page): the types promise one, the page decides.
  const parent = 'head' in root ? ((root.head as HTMLHeadElement | null) ?? root.documentElement) : root;
  if (parent.querySelector(`style[${STYLE_MARK}]`) !== null) return;
  const doc = 'head' in root ? root : root.ownerDocument;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_MARK, '');
  style.textContent = cardCss;
  parent.append(style);
}
