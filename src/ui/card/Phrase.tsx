import type { ComponentChildren } from 'preact';

/** Stands in for a substitution so the translated phrase can be split around it. */
export const SLOT = '\u0000';

/**
 * Renders a translated phrase with `children` where its placeholder was, e.g.
 * `<Phrase text={t('card_asOf', SLOT)}><DateText …/></Phrase>` → "as of <time>…</time>" or
 * "Stand: <time>…</time>", so word order stays the translator's.
 */
export function Phrase({ text, children }: { text: string; children: ComponentChildren }) {
  const at = text.indexOf(SLOT);
  if (at === -1) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {children}
      {text.slice(at + SLOT.length)}
    </>
  );
}
