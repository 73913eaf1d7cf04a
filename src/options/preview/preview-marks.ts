/**
 * Which words of the sample paragraph the live preview marks: the real matcher's finds, minus
 * muted terms and switched-off categories, and only the first mention of each term unless the
 * reader asked for every one. The same choices the content script makes on a page.
 */
import type { Category } from '../../core/facts/vocabulary.ts';
import type { Match, Matcher } from '../../core/match/index.ts';
import type { MentionMode } from '../../core/settings/index.ts';

export interface PreviewFilter {
  mentions: MentionMode;
  muted: readonly string[];
  categoriesOff: readonly Category[];
  categoryOf: (id: string) => Category | undefined;
}

export function previewMarks(matcher: Pick<Matcher, 'scan'>, text: string, filter: PreviewFilter): Match[] {
  const muted = new Set(filter.muted);
  const off = new Set<string>(filter.categoriesOff);
  const seen = new Set<string>();
  const marks: Match[] = [];
  for (const match of matcher.scan(text)) {
    if (muted.has(match.id)) continue;
    const category = filter.categoryOf(match.id);
    if (category !== undefined && off.has(category)) continue;
    if (filter.mentions === 'first' && seen.has(match.id)) continue;
    seen.add(match.id);
    marks.push(match);
  }
  return marks;
}

/**
 * Highlight names, the same as the content script registers (src/content/scan/highlighter.ts), so the
 * preview is drawn by content.css itself. tests/dom/options/preview.test.ts keeps them in step.
 */
export const PREVIEW_HIGHLIGHTS = {
  underline: 'gloss-underline',
  tint: 'gloss-tint',
  'none-until-hover': 'gloss-hidden',
  active: 'gloss-active',
} as const;
