import type { FactValue, Unit } from '../../core/facts/types.ts';
import { figureText } from '../format-value.ts';
import { useContent } from './content-context.tsx';

/**
 * A fact's value with its unit, in the entry's language: "about 6,700 km", "etwa 6.700 km",
 * "17. Januar 2025", "Nicht vereinbart". Words carry their own `lang`, which may be a fallback.
 */
export function Figure({ value, unit }: { value: FactValue; unit: Unit | undefined }) {
  const content = useContent();
  const figure = figureText(value, unit, content);
  const lang = figure.lang ?? undefined;
  const shown = figure.iso === undefined ? figure.value : <time dateTime={figure.iso}>{figure.value}</time>;
  if (figure.unit === null) {
    return (
      <strong class="gloss-card__value" lang={lang}>
        {shown}
      </strong>
    );
  }
  return (
    <span class="gloss-card__value-line" lang={content.lang}>
      <strong class="gloss-card__value" lang={lang === content.lang ? undefined : lang}>
        {shown}
      </strong>
      {/* A no-break space keeps "50" and its unit on one line. */}
      <span class="gloss-card__unit">{`\u00a0${figure.unit}`}</span>
    </span>
  );
}
