import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Match } from '../../core/match/index.ts';
import type { HighlightStyle } from '../../core/settings/index.ts';
import { useT } from '../../ui/i18n.tsx';
import { PREVIEW_HIGHLIGHTS } from './preview-marks.ts';

export interface HighlightPreviewProps {
  text: string;
  marks: readonly Match[];
  style: HighlightStyle;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): unknown;
}

/** The page's highlight registry, or null where the browser (or happy-dom) has none. */
function registry(win: Window): { highlights: HighlightRegistry; make: (ranges: Range[]) => unknown } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Ctor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (css?.highlights === undefined || typeof Ctor !== 'function') return null;
  return { highlights: css.highlights, make: (ranges) => new Ctor(...ranges) };
}

const ALL_NAMES = Object.values(PREVIEW_HIGHLIGHTS);

/**
 * A sample paragraph marked with the CSS Custom Highlight API, exactly as a page is: the names
 * are the content script's, and content.css (linked by options.html) draws them. Pointing at a
 * term shows the hover state, which is all "none until hover" ever shows.
 */
export function HighlightPreview({ text, marks, style }: HighlightPreviewProps) {
  const t = useT();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const ranges = useRef<Range[]>([]);

  useEffect(() => {
    const p = paragraph.current;
    const node = p?.firstChild;
    const win = p?.ownerDocument.defaultView;
    const api = win ? registry(win) : null;
    if (!p || !node || !api) return;
    ranges.current = marks.map((m) => {
      const range = p.ownerDocument.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      return range;
    });
    for (const name of ALL_NAMES) api.highlights.delete(name);
    api.highlights.set(PREVIEW_HIGHLIGHTS[style], api.make(ranges.current));
    return () => {
      for (const name of ALL_NAMES) api.highlights.delete(name);
    };
  }, [text, marks, style]);

  const hover = useMemo(
    () => (x: number, y: number) => {
      const win = paragraph.current?.ownerDocument.defaultView;
      const api = win ? registry(win) : null;
      if (!api) return;
      const hit = ranges.current.find((r) => Array.from(r.getClientRects()).some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom));
      if (hit) api.highlights.set(PREVIEW_HIGHLIGHTS.active, api.make([hit]));
      else api.highlights.delete(PREVIEW_HIGHLIGHTS.active);
    },
    [],
  );

  return (
    <figure class="gloss-preview" aria-labelledby="gloss-preview-caption">
      <figcaption class="gloss-preview__caption" id="gloss-preview-caption">
        {t('options_previewCaption')}
      </figcaption>
      <p
        class="gloss-preview__text"
        ref={paragraph}
        data-marks={marks.length}
        onPointerMove={(event) => hover(event.clientX, event.clientY)}
        onPointerLeave={() => hover(-1, -1)}
      >
        {text}
      </p>
    </figure>
  );
}
