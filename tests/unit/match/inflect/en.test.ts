import { describe, expect, it } from 'vitest';
import { inflectName, type InflectMode } from '../../../../src/core/match/inflect/index.ts';

const en = (name: string, mode: InflectMode = 'head'): string[] => inflectName(name, 'en', mode);

describe('English plurals', () => {
  it('pluralises the last word by the spelling rules', () => {
    expect(en('price cap')).toEqual(['price cap', 'price caps']);
    expect(en('nuclear deal')).toEqual(['nuclear deal', 'nuclear deals']);
    expect(en('enrichment facility')).toEqual(['enrichment facility', 'enrichment facilities']);
    expect(en('Treaty', 'last')).toEqual(['Treaty', 'Treaties']);
    expect(en('holiday', 'last')).toEqual(['holiday', 'holidays']);
    expect(en('carbon tax')).toEqual(['carbon tax', 'carbon taxes']);
    expect(en('energy crisis')).toEqual(['energy crisis', 'energy crises']);
    expect(en('oil embargo')).toEqual(['oil embargo', 'oil embargoes']);
    expect(en('gas pipeline switch')).toEqual(['gas pipeline switch', 'gas pipeline switches']);
    expect(en('rebel gunman')).toEqual(['rebel gunman', 'rebel gunmen']);
  });

  it('gives nothing to words already plural or to names in -s, -z', () => {
    expect(en('sanctions')).toEqual(['sanctions']);
    expect(en('Tartus')).toEqual(['Tartus']);
    expect(en('Hormuz')).toEqual(['Hormuz']);
  });

  it("pluralises the head before a preposition in 'head' mode, the last word in 'last' mode", () => {
    expect(en('Strait of Hormuz')).toEqual(['Strait of Hormuz', 'Straits of Hormuz']);
    expect(en('price cap on Russian oil')).toEqual(['price cap on Russian oil', 'price caps on Russian oil']);
    expect(en('Strait of Hormuz')).not.toContain('Strait of Hormuzes');
    expect(en('deal with Iran', 'last')).toEqual(['deal with Iran', 'deal with Irans']);
  });

  it('gives a model number its -s, and nothing to a bare number or an acronym', () => {
    expect(en('Shahed-136')).toEqual(['Shahed-136', 'Shahed-136s']);
    expect(en('Power of Siberia 2', 'last')).toEqual(['Power of Siberia 2']);
    expect(en('LNG')).toEqual(['LNG']);
    expect(en('Arctic LNG 2', 'last')).toEqual(['Arctic LNG 2']);
  });

  it("gives people and 'none' nothing", () => {
    expect(en('Vladimir Putin', 'all')).toEqual(['Vladimir Putin']);
    expect(en('Masoud Pezeshkian', 'all')).toEqual(['Masoud Pezeshkian']);
    expect(en('nuclear deal', 'none')).toEqual(['nuclear deal']);
  });
});
