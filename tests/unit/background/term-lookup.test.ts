import { describe, expect, it } from 'vitest';
import { createTermLookup } from '../../../src/background/term-lookup.ts';
import { ENTRIES } from './fakes.ts';

const lookup = createTermLookup(ENTRIES);

describe('createTermLookup', () => {
  it.each([
    ['Nord Stream 2', 'nord-stream-2'],
    ['nord stream ii', 'nord-stream-2'],
    ['  “Nord Stream 2”, ', 'nord-stream-2'],
    ['SWIFT', 'swift'],
    ['U.S.', 'united-states'],
    ['the Nord Stream 2 pipeline', 'nord-stream-2'],
    ['Power of Siberia 2', 'power-of-siberia-2'],
  ])('%o → %s', (text, id) => {
    expect(lookup(text)).toBe(id);
  });

  it.each([
    ['swift', 'case-sensitive alias in the wrong case'],
    ['carbon border tax', 'no term at all'],
    ['SWIFT and Nord Stream 2', 'two different terms'],
    ['...', 'only punctuation'],
    ['', 'nothing'],
    [`${'A long sentence that goes on and on about many things, '.repeat(2)}and Nord Stream 2.`, 'a sentence, not a term'],
  ])('%o → null (%s)', (text) => {
    expect(lookup(text)).toBeNull();
  });
});
