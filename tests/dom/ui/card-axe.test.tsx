import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DE, mountCard, settle } from './support.tsx';
import type { Mounted } from './support.tsx';
import { useFakeTimers, withRealTimers } from '../fake-time.ts';

let mounted: Mounted | undefined;
useFakeTimers();
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

// happy-dom has no layout, so rules that need rendering (contrast, target size) are left to the
// palette test and the e2e screenshots; everything about names, roles and ids is checked here.
const OFF = ['color-contrast', 'target-size', 'region', 'landmark-one-main', 'page-has-heading-one'];

async function violations(m: Mounted): Promise<string[]> {
  // axe-core schedules its own steps with setTimeout: it runs on the real clock.
  const result = await withRealTimers(() => axe.run(m.card, { rules: Object.fromEntries(OFF.map((id) => [id, { enabled: false }])) }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const everything = {
  onCopy: () => {},
  onMute: () => {},
  onSiteOff: () => {},
  pageUrl: 'https://example.com/a',
  glossary: { id: 'arctic', name: 'Arctic shipping', builtin: false },
};

/** Opens every toggle the card has: summary, conversions, earlier events. */
async function expandAll(m: Mounted): Promise<void> {
  for (const b of Array.from(m.card.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))) b.click();
  await settle();
}

// axe-core takes a few seconds per run in happy-dom on 2 busy cores.
describe('Card accessibility (axe-core)', { timeout: 60_000 }, () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`has no violations with every control shown (${theme})`, async () => {
      mounted = mountCard({ ...everything, theme });
      expect(await violations(mounted)).toEqual([]);
      await expandAll(mounted);
      expect(mounted.card.querySelector('button[aria-expanded="false"]')).toBeNull();
      expect(await violations(mounted)).toEqual([]);
    });
  }

  it('has no violations with the language and freshness notes (dark)', async () => {
    mounted = mountCard({ ...everything, theme: 'dark', pageLang: 'fa', today: '2028-01-01' });
    expect(mounted.card.querySelector('.gloss-card__notice--language')).not.toBeNull();
    expect(mounted.card.querySelector('.gloss-card__notice--stale')).not.toBeNull();
    expect(await violations(mounted)).toEqual([]);
  });

  it('has no violations in German popup mode', async () => {
    mounted = mountCard({ mode: 'popup', onCopy: () => {}, theme: 'light' }, DE);
    expect(await violations(mounted)).toEqual([]);
  });
});
