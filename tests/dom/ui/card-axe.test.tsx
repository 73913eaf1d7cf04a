import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DE, mountCard } from './support.tsx';
import type { Mounted } from './support.tsx';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

// happy-dom has no layout, so rules that need rendering (contrast, target size) are left to the
// palette test and the e2e screenshots; everything about names, roles and ids is checked here.
const OFF = ['color-contrast', 'target-size', 'region', 'landmark-one-main', 'page-has-heading-one'];

async function violations(m: Mounted): Promise<string[]> {
  const result = await axe.run(m.card, {
    rules: Object.fromEntries(OFF.map((id) => [id, { enabled: false }])),
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// axe-core takes a few seconds per run in happy-dom on 2 busy cores.
describe('Card accessibility (axe-core)', { timeout: 30_000 }, () => {
  it('has no violations with every control shown', async () => {
    mounted = mountCard({ onCopy: () => {}, onMute: () => {}, onSiteOff: () => {}, pageUrl: 'https://example.com/a' });
    expect(await violations(mounted)).toEqual([]);
  });

  it('has no violations in German popup mode', async () => {
    mounted = mountCard({ mode: 'popup', onCopy: () => {} }, DE);
    expect(await violations(mounted)).toEqual([]);
  });
});
