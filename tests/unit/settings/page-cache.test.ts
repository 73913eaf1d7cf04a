// The gate checks the view by hand (page-cache.ts) so that every page is spared valibot; the page
// module checks it whole with PageViewSchema. These keep the two from drifting apart.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decideForPage, gateViewOf, mayHaveRule, ruleFilter, ruleFromItems, ruleKey, ruleKeysFor } from '../../../src/core/settings/page-cache.ts';
import { PageViewSchema, pageViewOf } from '../../../src/core/settings/page-view.ts';
import { defaultSettings, SITE_MODES } from '../../../src/core/settings/model.ts';

const valid = pageViewOf({ ...defaultSettings(), sites: { 'example.org': 'off' } }, 'a1b2c3d4e5f6a7b8', 'stamp-1');
const filter = ruleFilter([ruleKey('a1b2c3d4e5f6a7b8', 'example.org')]);

/** Values a damaged store might hold in one field. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -1, 3.5, NaN, '', 'articles', 'on', [], {}, 'x'.repeat(7), 'x'.repeat(8), 'x'.repeat(64), 'x'.repeat(65)),
  fc.constantFrom(...SITE_MODES, 'ARTICLES', 'all'),
  // Rule filters: a good one, one nibble short, in capitals, with a letter that is not hex.
  fc.constantFrom(filter, filter.slice(1), 'F'.repeat(256), `g${filter.slice(1)}`),
  fc.string({ maxLength: 80 }),
  fc.anything(),
);

/** A view with some of its fields replaced or removed. */
const damagedView = fc
  .record({
    field: fc.constantFrom('enabled', 'siteMode', 'salt', 'rules', 'highlightStyle', 'terms', 'hoverDelayMs'),
    value: anyValue,
    drop: fc.boolean(),
    second: fc.option(fc.tuple(fc.constantFrom('enabled', 'siteMode', 'salt', 'rules'), anyValue)),
  })
  .map(({ field, value, drop, second }) => {
    const view: Record<string, unknown> = Object.fromEntries(Object.entries(valid).filter(([key]) => !drop || key !== field));
    if (!drop) view[field] = value;
    if (second) view[second[0]] = second[1];
    return view;
  });

describe("the gate's check of the view", () => {
  it('takes the four fields it decides from out of a valid view; a view without a filter has none', () => {
    expect(gateViewOf(valid)).toEqual({ enabled: true, siteMode: 'articles', salt: 'a1b2c3d4e5f6a7b8', rules: filter });
    const { rules: _filter, ...older } = valid;
    expect(gateViewOf(older)).toEqual({ enabled: true, siteMode: 'articles', salt: 'a1b2c3d4e5f6a7b8', rules: null });
  });

  it('agrees with PageViewSchema: whatever the schema accepts it accepts with the same fields, and what it refuses the schema refuses', () => {
    fc.assert(
      fc.property(fc.oneof(damagedView, anyValue), (raw) => {
        const whole = v.safeParse(PageViewSchema, raw);
        const gate = gateViewOf(raw);
        if (whole.success) expect(gate).toEqual({ enabled: whole.output.enabled, siteMode: whole.output.siteMode, salt: whole.output.salt, rules: whole.output.rules ?? null });
        if (gate === null) expect(whole.success).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a view damaged in a field it decides from', () => {
    for (const [field, value] of [
      ['enabled', 'yes'],
      ['siteMode', 'everywhere'],
      ['salt', 'short'],
      ['salt', 'x'.repeat(65)],
      ['salt', 12345678],
      ['rules', filter.slice(2)],
      ['rules', 'A'.repeat(256)],
      ['rules', null],
    ] as const) {
      expect(gateViewOf({ ...valid, [field]: value }), `${field}: ${String(value)}`).toBeNull();
    }
    expect(gateViewOf([valid])).toBeNull();
  });
});

describe("the view's filter of the rule keys", () => {
  const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ruleKey('a1b2c3d4e5f6a7b8', `${prefix}${i}.example`));

  it('never rules out a key it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 300 }), (sites) => {
        const held = sites.map((site) => ruleKey('a1b2c3d4e5f6a7b8', site));
        const f = ruleFilter(held);
        expect(f).toMatch(/^[0-9a-f]{256}$/);
        for (const key of held) expect(mayHaveRule(f, key)).toBe(true);
      }),
    );
  });

  it('rules out every key when no rule is stored, and nearly every other key with a hundred rules', () => {
    const others = keys('other', 5000);
    expect(others.filter((key) => mayHaveRule(ruleFilter([]), key))).toEqual([]);
    const f = ruleFilter(keys('ruled', 100));
    // Two bits of 1024 per key: about 3.6 % of absent keys pass with a hundred rules.
    expect(others.filter((key) => mayHaveRule(f, key)).length).toBeLessThan(others.length * 0.06);
  });
});

describe('the rule from the keys a page read', () => {
  it('takes the nearest rule, and skips values that are not rules', () => {
    const keys = ruleKeysFor('a1b2c3d4e5f6a7b8', ['news.example.org', 'example.org', 'org']);
    const [own, parent, top] = keys as [string, string, string];
    expect(ruleFromItems({ [parent]: 'off', [top]: 'on' }, keys)).toBe('off');
    expect(ruleFromItems({ [own]: 'ON', [parent]: 42, [top]: 'on' }, keys)).toBe('on');
    expect(ruleFromItems({}, keys)).toBeNull();
  });

  it("decides from the switch, the page's rule and the mode alone", () => {
    expect(decideForPage({ enabled: true, siteMode: 'only-listed', rule: 'on' }, false)).toEqual({ on: true, reason: 'site-on' });
    expect(decideForPage({ enabled: true, siteMode: 'articles', rule: null }, false)).toEqual({ on: false, reason: 'not-article' });
  });
});
