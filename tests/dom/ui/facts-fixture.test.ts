import { describe, expect, it } from 'vitest';
import { validateFacts } from '../../../src/core/facts/validate.ts';
import fixture from '../../fixtures/entries/card-entries.json';
import { TODAY } from './support.tsx';

describe('the card fixture', () => {
  it('is a valid v2 facts file with English and German everywhere', () => {
    const { errors, entries } = validateFacts([{ file: 'card-entries.json', data: fixture }], { today: TODAY });
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.id)).toEqual(['power-of-siberia-2', 'power-of-siberia', 'gazprom']);
  });
});
