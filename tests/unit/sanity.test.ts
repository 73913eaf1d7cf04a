import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/facts/types.ts';

describe('facts types', () => {
  it('lists the categories the issue requires', () => {
    for (const c of ['pipeline', 'corridor', 'treaty', 'organisation', 'person', 'place', 'sanction', 'payment-system', 'weapon', 'event']) {
      expect(CATEGORIES).toContain(c);
    }
  });
});
