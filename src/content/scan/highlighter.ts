/**
 * Marks terms with the CSS Custom Highlight API: ranges go into `CSS.highlights`, and the
 * `::highlight()` rules in content.css draw them. The page's DOM is never touched.
 * Highlight names start with "gloss" (tests and the demo probe read them).
 */
import type { HighlightStyle } from '../../core/settings/model.ts';
import type { TermRecord } from './match-store.ts';
import type { MarkSink } from './marks.ts';

/** One highlight per style, so the stylesheet alone decides how each looks. */
const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle, string>> = {
  underline: 'gloss-underline',
  tint: 'gloss-tint',
  // Registered but drawn by no rule: the terms are known (and hoverable), only the open one shows.
  'none-until-hover': 'gloss-hidden',
};
const ACTIVE_HIGHLIGHT = 'gloss-active';

/** The part of the Highlight API Gloss uses; the page's own in a browser, a fake in tests. */
export interface HighlightApi {
  registry: { set(name: string, highlight: HighlightLike): unknown; delete(name: string): unknown };
  create(): HighlightLike;
  range(record: TermRecord): AbstractRange;
}

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
}

/** The page's CSS.highlights, or null where the browser lacks the API (then Gloss does not mark). */
export function pageHighlightApi(win: Window & typeof globalThis): HighlightApi | null {
  // The DOM types say CSS.highlights is always there; a browser without the API has none.
  const registry = (win.CSS as { highlights?: HighlightRegistry }).highlights;
  if (!registry || typeof win.Highlight !== 'function' || typeof win.StaticRange !== 'function') return null;
  return {
    registry,
    create: () => new win.Highlight(),
    range: (r) =>
      new win.StaticRange({ startContainer: r.startNode, startOffset: r.startOffset, endContainer: r.endNode, endOffset: r.endOffset }),
  };
}

export class Highlighter implements MarkSink {
  private readonly ranges = new Map<TermRecord, AbstractRange>();
  private readonly marks: HighlightLike;
  private readonly active: HighlightLike;
  private activeRecord: TermRecord | null = null;
  private name: string | null = null;

  constructor(private readonly api: HighlightApi) {
    this.marks = api.create();
    this.active = api.create();
    // Above the page's own highlights and above the plain marks.
    this.active.priority = 2;
    this.marks.priority = 1;
  }

  setStyle(style: HighlightStyle): void {
    const name = HIGHLIGHT_NAMES[style];
    if (name === this.name) return;
    if (this.name) this.api.registry.delete(this.name);
    this.name = name;
    this.api.registry.set(name, this.marks);
    this.api.registry.set(ACTIVE_HIGHLIGHT, this.active);
  }

  add(record: TermRecord): void {
    if (this.ranges.has(record)) return;
    const range = this.api.range(record);
    this.ranges.set(record, range);
    this.marks.add(range);
  }

  delete(record: TermRecord): void {
    const range = this.ranges.get(record);
    if (!range) return;
    this.ranges.delete(record);
    this.marks.delete(range);
  }

  /** The term whose card is open (drawn stronger, and drawn at all in none-until-hover). */
  setActive(record: TermRecord | null): void {
    if (record === this.activeRecord) return;
    this.activeRecord = record;
    this.active.clear();
    if (record) this.active.add(this.api.range(record));
  }

  get count(): number {
    return this.ranges.size;
  }

  /** Takes every mark off the page and unregisters the highlights. */
  dispose(): void {
    this.marks.clear();
    this.active.clear();
    this.ranges.clear();
    this.activeRecord = null;
    if (this.name) this.api.registry.delete(this.name);
    this.api.registry.delete(ACTIVE_HIGHLIGHT);
    this.name = null;
  }
}
