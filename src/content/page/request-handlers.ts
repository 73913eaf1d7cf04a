/**
 * Answers the popup and the background (tabs.sendMessage): the terms on this page, and opening a
 * term's card from the popup list, the context menu or the keyboard commands.
 */
import type { ContentRequest, Handlers, ListTermsResponse } from '../../core/messages/index.ts';
import type { Translate } from '../../ui/i18n.tsx';
import { safeArticleCheck } from './decision.ts';
import type { GlossPage } from './gloss-page.ts';
import { compareRecords, firstOf, type TermRecord } from '../scan/match-store.ts';
import { liveRange } from '../hover/hit-test.ts';
import { pickNextTerm } from './next-term.ts';

/** How long a request waits for the page's start (decision, scan) before answering with what it has. */
const LIST_WAIT_MS = 1_000;
const OPEN_WAIT_MS = 400;

export function contentHandlers(page: GlossPage, win: Window, t: Translate): Handlers<ContentRequest, unknown> {
  const doc = win.document;

  const reveal = (record: TermRecord): void => {
    const el = record.startNode.parentElement;
    const range = liveRange(doc, record);
    const rect = range?.getBoundingClientRect();
    // Scroll only when the term is not already in view.
    if (el && (!rect || rect.top < 0 || rect.bottom > win.innerHeight)) el.scrollIntoView({ block: 'center', inline: 'nearest' });
  };

  return {
    async listTerms(): Promise<ListTermsResponse> {
      await page.whenIdle(LIST_WAIT_MS);
      const d = page.decision;
      const session = page.scan;
      const terms: ListTermsResponse['terms'] = [];
      if (session) {
        const firsts: TermRecord[] = [];
        for (const id of session.marks.markedIds()) {
          const first = firstOf(session.store.of(id));
          if (first) firsts.push(first);
        }
        firsts.sort(compareRecords);
        const titles = await Promise.all(firsts.map((r) => page.entries.title(r.id)));
        firsts.forEach((r, i) => terms.push({ id: r.id, title: (titles[i] ?? r.id).slice(0, 500), count: session.store.of(r.id).size }));
      }
      return {
        terms,
        site: d?.site ?? null,
        isArticle: d?.isArticle ?? safeArticleCheck(doc),
        on: d?.decision.on ?? false,
        reason: d?.decision.reason ?? 'not-article',
      };
    },

    async pageState() {
      // Asked while the page is still deciding: answer with the decision, not before it.
      await page.whenIdle(OPEN_WAIT_MS);
      const d = page.decision;
      return {
        site: d?.site ?? null,
        on: d?.decision.on ?? false,
        reason: d?.decision.reason ?? 'not-article',
        distinct: page.scan?.marks.distinct ?? 0,
        modules: page.cards.cardLoaded ? (['scan', 'card'] as const) : (['scan'] as const),
      };
    },

    async revealTerm({ id }) {
      await page.whenIdle(OPEN_WAIT_MS);
      const first = firstOf(page.scan?.store.of(id) ?? []);
      if (!first) return { found: false };
      reveal(first);
      return { found: await page.cards.openRecord(first, { focus: true }) };
    },

    async explainSelection({ id }) {
      await page.whenIdle(OPEN_WAIT_MS);
      const selection = win.getSelection();
      if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
        const range = selection.getRangeAt(0);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 || rect.height > 0) return { found: await page.cards.openAt(range, id, { focus: true }) };
      }
      const first = firstOf(page.scan?.store.of(id) ?? []);
      if (!first) return { found: false };
      reveal(first);
      return { found: await page.cards.openRecord(first, { focus: true }) };
    },

    async stepTerm({ direction }) {
      await page.whenIdle(OPEN_WAIT_MS);
      const ordered = page.ordered();
      const index = pickNextTerm(ordered, page.cards.current, direction, (r) => {
        const rect = liveRange(doc, r)?.getBoundingClientRect();
        return rect !== undefined && rect.top >= 0;
      });
      const record = index >= 0 ? ordered[index] : undefined;
      if (!record) {
        page.cards.announce(t('content_noTerms'));
        return { found: false };
      }
      reveal(record);
      const title = (await page.entries.title(record.id)) ?? record.id;
      const announce = t('content_stepAnnounce', [title, String(index + 1), String(ordered.length)]);
      return { found: await page.cards.openRecord(record, { focus: true, announce }) };
    },
  };
}
