// bench:content's card procedure: hover a marked term (cold, then warm) and time the card.
import type { Page } from 'playwright-core';
import type { ChromiumGloss } from '../../scripts/harness/chromium.ts';
import { askProbe } from '../../scripts/harness/probe.ts';
import type { TestPage } from '../../scripts/harness/types.ts';
import { round, settle, sleep } from './measure-pages.ts';
import { locateMark, recordHighlightTimeline } from './page-probes.ts';
import type { CardHover } from './report.ts';
import { glossWork, startTrace } from './trace.ts';
import { hoverTimer, pageClockOrigin } from './trace-card.ts';

/** The probe, asked from the page (askProbe needs only evaluate). */
const probePage = (page: Page): TestPage => ({ evaluate: (fn: (a: unknown) => unknown, a: unknown) => page.evaluate(fn, a) }) as unknown as TestPage;

async function hover(page: Page, other: string | null): Promise<{ text: string; lastMove: number; opened: number } | null> {
  const point = await page.evaluate(locateMark, other);
  if (!point) return null;
  await page.mouse.move(2, 2);
  await sleep(200);
  await askProbe(probePage(page), 'timelineStart');
  // One step onto the term: the hover delay starts at that one move.
  await page.mouse.move(point.x, point.y);
  const end = Date.now() + 5_000;
  for (;;) {
    await sleep(100);
    const t = await askProbe(probePage(page), 'timelineRead');
    if (t.opened.length > 0) {
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
      await sleep(700);
      return { text: point.text, lastMove: t.lastMove, opened: t.opened[0]! };
    }
    if (Date.now() > end) return null;
  }
}

export async function measureCards(browser: ChromiumGloss, url: string, file: string, delay: number): Promise<CardHover[]> {
  const page = await browser.context.newPage();
  await page.addInitScript(recordHighlightTimeline);
  const cdp = await browser.context.newCDPSession(page);
  const trace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch(() => undefined);
  await settle(page);
  const cold = await hover(page, null);
  // Warm: the second hover, on another term where the page has one, else on the same again.
  const warm = cold ? ((await hover(page, cold.text)) ?? (await hover(page, null))) : null;
  const events = await trace.stop();
  await cdp.detach();
  await page.close();
  const origin = pageClockOrigin(events, url);
  const out: CardHover[] = [];
  for (const [kind, h] of [['cold', cold], ['warm', warm]] as const) {
    if (!h) continue;
    // The card's showing (page clock, seen by the probe) is placed on the trace clock by the page's
    // navigationStart; the move and the timer come from the trace. (The probe's own last-move time
    // is not used: Chromium sends synthetic pointermoves when the layout under the pointer changes.)
    const opened = origin === null ? null : origin + h.opened * 1000;
    const timer = opened === null ? null : hoverTimer(events, delay, opened);
    const fired = timer?.fired ?? null;
    const between = fired === null || opened === null ? [] : glossWork(events, fired - 2_000).tasks.filter((t) => t.ts <= opened);
    const cardModule = events.find((e) => e.name === 'v8.compileModule' && e.args?.data?.url?.endsWith('/content-card.js'));
    out.push({
      file,
      kind,
      term: h.text,
      afterDelayMs: timer && opened !== null ? round((opened - timer.moved) / 1000 - delay) : null,
      afterTimerMs: fired === null || opened === null ? null : round((opened - fired) / 1000),
      timerLateMs: timer ? round((timer.fired - timer.moved) / 1000 - delay) : null,
      cardModuleBeforeTimer: kind === 'cold' && cardModule && fired !== null ? cardModule.ts + (cardModule.dur ?? 0) <= fired : null,
      glossTasksUntilShown: between.map((t) => ({ ms: round(t.ms), glossMs: round(t.glossMs), parts: t.parts.map(([k, v]) => `${k} ${v.toFixed(1)}`) })),
    });
  }
  return out;
}
