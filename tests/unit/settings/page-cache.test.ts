// The gate checks the view by hand (page-cache.ts) so that every page is spared valibot; the page
// module checks it whole with PageViewSchema. These keep the two from drifting apart.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decideForPage, gateViewOf, ruleFromItems, ruleKeysFor } from '../../../src/core/settings/page-cache.ts';
import { PageViewSchema, pageViewOf } from '../../../src/core/settings/page-view.ts';
import { defaultSettings, SITE_MODES } from '../../../src/core/settings/model.ts';

const valid = pageViewOf(defaultSettings(), 'a1b2c3d4e5f6a7b8', 'stamp-1');

/** Values a damaged store might hold in one field. */
const anyValue = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, true, false, 0, -1, 3.5, NaN, '', 'articles', 'on', [], {}, 'x'.repeat(7), 'x'.repeat(8), 'x'.repeat(64), 'x'.repeat(65)),
  fc.constantFrom(...SITE_MODES, 'ARTICLES', 'all'),
  fc.string({ maxLength: 80 }),
  fc.anything(),
);

/** A view with some of its fields replaced or removed. */
const damagedView = fc
  .record({
    field: fc.constantFrom('enabled', 'siteMode', 'salt', 'highlightStyle', 'terms', 'hoverDelayMs'),
    value: anyValue,
    drop: fc.boolean(),
    second: fc.option(fc.tuple(fc.constantFrom('enabled', 'siteMode', 'salt'), anyValue)),
  })
  .map(({ field, value, drop, second }) => {
    const view: Record<string, unknown> = Object.fromEntries(Object.entries(valid).filter(([key]) => !drop || key !== field));
    if (!drop) view[field] = value;
    if (second) view[second[0]] = second[1];
    return view;
  });

describe("the gate's check of the view", () => {
  it('takes the three fields it decides from out of a valid view', () => {
    expect(gateViewOf(valid)).toEqual({ enabled: true, siteMode: 'articles', salt: 'a1b2c3d4e5f6a7b8' });
  });

  it('agrees with PageViewSchema: whatever the schema accepts it accepts with the same fields, and what it refuses the schema refuses', () => {
    fc.assert(
      fc.property(fc.oneof(damagedView, anyValue), (raw) => {
        const whole = v.safeParse(PageViewSchema, raw);
        const gate = gateViewOf(raw);
        if (whole.success) expect(gate).toEqual({ enabled: whole.output.enabled, siteMode: whole.output.siteMode, salt: whole.output.salt });
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
    ] as const) {
      expect(gateViewOf({ ...valid, [field]: value }), `${field}: ${String(value)}`).toBeNull();
    }
    expect(gateViewOf([valid])).toBeNull();
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
