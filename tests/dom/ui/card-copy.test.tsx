import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_STATUS_MS } from '../../../src/ui/card/use-copy-status.ts';
import { accessibleName, buttonNamed, mountCard, settle, text } from './support.tsx';
import type { Mounted } from './support.tsx';
import { useFakeTimers } from '../fake-time.ts';

const PAGE = 'https://example.com/news/1';
let mounted: Mounted | undefined;
// Timers run on a fake clock: settle() lets 0 ms ones fire, tests advance it for the rest.
useFakeTimers();

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

function copyButtons(m: Mounted): HTMLButtonElement[] {
  return Array.from(m.card.querySelectorAll<HTMLButtonElement>('.gloss-card__fact button[aria-label="Copy this fact with citation"]'));
}

function status(m: Mounted): HTMLElement {
  const region = m.card.querySelector<HTMLElement>('[role="status"]');
  if (region === null) throw new Error('no status region');
  return region;
}

describe('Card copy', () => {
  it('gives every fact a labelled copy button, described by the fact label', () => {
    mounted = mountCard({ onCopy: () => {}, pageUrl: PAGE });
    const buttons = copyButtons(mounted);
    expect(buttons).toHaveLength(5);
    for (const b of buttons) expect(accessibleName(b)).toBe('Copy this fact with citation');
    const described = buttons.map((b) => text(mounted?.shadow.getElementById(b.getAttribute('aria-describedby') ?? '')));
    expect(described).toEqual([
      'Planned capacity',
      'Planned length (whole route)',
      'Price, financing and start date',
      'Memorandum on construction signed',
      'Expected first gas',
    ]);
  });

  it('copies one fact with its source and the page URL, and says "Copied" politely', async () => {
    const copied: string[] = [];
    mounted = mountCard({ onCopy: (t) => void copied.push(t), pageUrl: PAGE });
    expect(status(mounted).getAttribute('aria-live')).toBe('polite');
    expect(text(status(mounted))).toBe('');
    copyButtons(mounted)[0]?.click();
    await settle();
    expect(copied).toEqual([
      'Power of Siberia 2 — Planned capacity: 50 bcm a year (as of 2 September 2025). Source: TASS, ' +
        '"Проект позволит поставлять из России в Монголию 50 млрд кубометров газа ежегодно", 2 September 2025, ' +
        `https://tass.ru/ekonomika/24930321 — Seen on ${PAGE} (via Gloss)`,
    ]);
    expect(text(status(mounted))).toBe('Copied');
    // Only the button that copied shows the tick.
    expect(copyButtons(mounted).map((b) => b.classList.contains('gloss-card__icon-button--done'))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('copies the whole entry from the footer', async () => {
    const onCopy = vi.fn();
    mounted = mountCard({ onCopy, pageUrl: PAGE });
    buttonNamed(mounted.card, 'Copy with citation')?.click();
    await settle();
    expect(onCopy).toHaveBeenCalledTimes(1);
    const copied = String(onCopy.mock.calls[0]?.[0]);
    const lines = copied.split('\n');
    expect(lines[0]).toBe('Power of Siberia 2');
    expect(lines.filter((l) => l.startsWith('- '))).toHaveLength(5);
    expect(copied).toContain('Also reported: 3,550 km');
    expect(lines[lines.length - 1]).toBe(`Seen on ${PAGE} (via Gloss)`);
    expect(text(status(mounted))).toBe('Copied');
  });

  it('copies in the language and the number format the card shows', async () => {
    const copied: string[] = [];
    mounted = mountCard({ onCopy: (t) => void copied.push(t), pageUrl: PAGE, pageLang: 'de' });
    copyButtons(mounted)[1]?.click();
    await settle();
    expect(copied[0]?.split('\n')[0]).toBe(
      'Kraft Sibiriens 2 — Geplante Länge (Gesamtstrecke): etwa 6.700 km (as of September 2025). Source: News.ru, ' +
        '"Замена «Северным потокам»: что известно о газопроводе «Сила Сибири — 2»", 2 September 2025, ' +
        'https://news.ru/economics/zamena-severnym-potokam-chto-izvestno-o-gazoprovode-sila-sibiri-2',
    );
    expect(copied[0]).toContain('Also reported: 3.550 km — Angabe der Financial Times');
  });

  it('says "Could not copy" when the host cannot write the clipboard', async () => {
    mounted = mountCard({ onCopy: () => Promise.reject(new Error('denied')), pageUrl: PAGE });
    copyButtons(mounted)[1]?.click();
    await settle();
    expect(text(status(mounted))).toBe('Could not copy');
    mounted.unmount();
    mounted = mountCard({
      onCopy: () => {
        throw new Error('no clipboard');
      },
    });
    buttonNamed(mounted.card, 'Copy with citation')?.click();
    await settle();
    expect(text(status(mounted))).toBe('Could not copy');
  });

  it('clears the status after a moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mounted = mountCard({ onCopy: () => {} });
    copyButtons(mounted)[0]?.click();
    await vi.advanceTimersByTimeAsync(10);
    expect(text(status(mounted))).toBe('Copied');
    await vi.advanceTimersByTimeAsync(COPY_STATUS_MS + 10);
    expect(text(status(mounted))).toBe('');
  });

  it('ignores a copy that finishes after the card is gone', async () => {
    let finish: () => void = () => {};
    mounted = mountCard({ onCopy: () => new Promise<void>((resolve) => (finish = resolve)) });
    copyButtons(mounted)[0]?.click();
    mounted.unmount();
    mounted = undefined;
    finish();
    await settle();
  });
});
