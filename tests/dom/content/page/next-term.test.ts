import { describe, expect, it } from 'vitest';
import { pickNextTerm } from '../../../../src/content/page/next-term.ts';

const items = [10, 20, 30, 40];
const below = (top: number) => (y: number) => y >= top;

describe('next / previous term', () => {
  it('moves from the open term, wrapping at both ends', () => {
    expect(pickNextTerm(items, 20, 'next', below(0))).toBe(2);
    expect(pickNextTerm(items, 40, 'next', below(0))).toBe(0);
    expect(pickNextTerm(items, 10, 'previous', below(0))).toBe(3);
  });

  it('without an open term, starts from the top of the viewport', () => {
    expect(pickNextTerm(items, null, 'next', below(25))).toBe(2);
    expect(pickNextTerm(items, null, 'previous', below(25))).toBe(1);
    expect(pickNextTerm(items, null, 'next', below(0))).toBe(0);
    expect(pickNextTerm(items, null, 'next', below(99))).toBe(0);
    expect(pickNextTerm(items, null, 'previous', below(0))).toBe(3);
  });

  it('has nothing to move to on a page without terms', () => {
    expect(pickNextTerm([], null, 'next', below(0))).toBe(-1);
  });
});
