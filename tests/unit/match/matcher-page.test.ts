/**
 * The matcher's rules 5–7 (src/core/match/README.md) by example, on pages of several blocks:
 * context rules with block and page scope, names two entries claim, short forms by the latest full
 * name, and priority between glossaries.
 */
import { describe, expect, it } from 'vitest';
import { compile, createMatcher, matchBlocks, type TermSource } from '../../../src/core/match/index.ts';

/** Per block of the page, each match as [the text it covers, its id]. */
function pageFinder(sources: TermSource[]): (...blocks: string[]) => Array<Array<[string, string]>> {
  const matcher = createMatcher(compile(sources));
  return (...blocks) => matchBlocks(matcher, blocks).map((ms, i) => ms.map((m) => [(blocks[i] as string).slice(m.start, m.end), m.id]));
}

const term = (text: string, more: Partial<TermSource['terms'][number]> = {}): TermSource['terms'][number] => ({ text, caseSensitive: false, ...more });

describe('rule 5: context rules', () => {
  const mir = (scope: 'block' | 'page'): TermSource => ({
    id: 'mir',
    terms: [term('Mir', { caseSensitive: true, rules: [0] })],
    rules: [{ require: { words: ['Karte', 'bank card'], scope } }],
  });

  it('with block scope, needs a cue in the same block', () => {
    const find = pageFinder([mir('block')]);
    expect(find('Mir und Visa', 'Die Karte gilt nicht.', 'Zahlen mit der Mir-Karte')).toEqual([[], [], [['Mir', 'mir']]]);
  });

  it('with page scope, takes a cue anywhere on the page', () => {
    const find = pageFinder([mir('page')]);
    expect(find('Mir und Visa', 'Die Karte gilt nicht.')).toEqual([[['Mir', 'mir']], []]);
    expect(find('Mir und Visa', 'Die Raumstation.')).toEqual([[], []]);
  });

  it('inflects cue words, each spelling by its own rules', () => {
    // Spaced, Russian declines the first word ("Рашта Астара"); hyphenated, the last ("Рашт-Астары").
    const find = pageFinder([
      { id: 'instc', terms: [term('коридор Север — Юг', { rules: [0] })], rules: [{ require: { words: ['Рашт Астара', 'Рашт-Астара'] } }] },
    ]);
    expect(find('коридор Север — Юг: финансирование Рашт-Астары')).toEqual([[['коридор Север — Юг', 'instc']]]);
    expect(find('коридор Север — Юг: участок Рашта Астара')).toEqual([[['коридор Север — Юг', 'instc']]]);
    expect(find('коридор Север — Юг')).toEqual([[]]);
  });

  it('counts a mention of another entry as a cue, and a veto rules a name out in its scope only', () => {
    const deal = (scope: 'block' | 'page'): TermSource[] => [
      { id: 'iran', terms: [term('Iran', { lang: 'en' })] },
      { id: 'jcpoa', terms: [term('the nuclear deal', { lang: 'en', rules: [0] })], rules: [{ require: { entries: ['iran'] }, veto: { words: ['North Korea'], scope } }] },
    ];
    const block = pageFinder(deal('block'));
    expect(block('Iran and the nuclear deal', 'North Korea too.')).toEqual([
      [
        ['Iran', 'iran'],
        ['the nuclear deal', 'jcpoa'],
      ],
      [],
    ]);
    expect(block('Iran and the nuclear deal with North Korea')[0]).toEqual([['Iran', 'iran']]);
    expect(block('the nuclear deal', 'Iran')).toEqual([[], [['Iran', 'iran']]]);
    const page = pageFinder(deal('page'));
    expect(page('Iran and the nuclear deal', 'North Korea too.')).toEqual([[['Iran', 'iran']], []]);
  });

  it('needs every rule that governs a name: each requirement in its own scope, and no veto of any', () => {
    const fta: TermSource[] = [
      { id: 'eaeu', terms: [term('Eurasian Economic Union', { lang: 'en' })] },
      {
        id: 'eaeu-iran-fta',
        terms: [term('free trade agreement', { lang: 'en', rules: [0, 1] })],
        rules: [{ require: { words: ['Iran', 'Tehran'] }, veto: { words: ['Serbia'] } }, { require: { entries: ['eaeu'], scope: 'page' } }],
      },
    ];
    const find = pageFinder(fta);
    // Iran in the block and the union anywhere on the page: both hold.
    expect(find('Tehran signed the free trade agreement.', 'The Eurasian Economic Union welcomed it.')[0]).toEqual([['free trade agreement', 'eaeu-iran-fta']]);
    // Either alone is not enough.
    expect(find('Tehran signed the free trade agreement.')).toEqual([[]]);
    expect(find('They signed the free trade agreement.', 'Iran.', 'The Eurasian Economic Union welcomed it.')[0]).toEqual([]);
    // A veto of either rule rules it out.
    expect(find('Iran and Serbia signed a free trade agreement.', 'The Eurasian Economic Union welcomed it.')[0]).toEqual([]);
  });

  it('gives a name two entries claim, both with context in the block, to the one whose context is nearer', () => {
    const find = pageFinder([
      { id: 'iran-treaty', terms: [term('strategic partnership', { lang: 'en', rules: [0] })], rules: [{ require: { words: ['Iran'], scope: 'page' } }] },
      { id: 'dprk-treaty', terms: [term('strategic partnership', { lang: 'en', rules: [0] })], rules: [{ require: { words: ['North Korea'], scope: 'page' } }] },
    ]);
    expect(find('Iran watched as Moscow sealed a strategic partnership with North Korea.')[0]).toEqual([['strategic partnership', 'dprk-treaty']]);
    expect(find('North Korea watched as Moscow sealed a strategic partnership with Iran.')[0]).toEqual([['strategic partnership', 'iran-treaty']]);
    // Equally near: the one listed first.
    expect(find('Iran and strategic partnership and North Korea')[0]).toEqual([['strategic partnership', 'iran-treaty']]);
  });

  it('gives a name two entries claim to the one with context in the block, else to the one listed first', () => {
    const find = pageFinder([
      { id: 'mir-card', terms: [term('Mir', { rules: [0] })], rules: [{ require: { words: ['card'], scope: 'page' } }] },
      { id: 'mir-station', terms: [term('Mir', { rules: [0] })], rules: [{ require: { words: ['orbit'], scope: 'page' } }] },
    ]);
    expect(find('Mir left orbit.', 'Pay by card.')).toEqual([[['Mir', 'mir-station']], []]);
    expect(find('Mir is accepted by card.', 'It left orbit.')).toEqual([[['Mir', 'mir-card']], []]);
    expect(find('Mir', 'card', 'orbit')).toEqual([[['Mir', 'mir-card']], [], []]);
    expect(find('Mir', 'orbit')).toEqual([[['Mir', 'mir-station']], []]);
    expect(find('Mir')).toEqual([[]]);
  });
});

describe('rule 6: short forms', () => {
  const khameneis: TermSource[] = [
    { id: 'ali-khamenei', category: 'person', terms: [term('Ali Khamenei', { lang: 'en' }), term('Khamenei', { lang: 'en', short: true })] },
    { id: 'mojtaba-khamenei', category: 'person', terms: [term('Mojtaba Khamenei', { lang: 'en' }), term('Khamenei', { lang: 'en', short: true })] },
  ];

  it('mark nothing before a full name of their entry', () => {
    expect(pageFinder(khameneis)('Khamenei spoke.')).toEqual([[]]);
  });

  it('go to the entry whose full name came last before them, across blocks', () => {
    const find = pageFinder(khameneis);
    expect(find('Khamenei, then Ali Khamenei.', 'Khamenei said', 'Mojtaba Khamenei replied.', 'Khamenei’s son')).toEqual([
      [['Ali Khamenei', 'ali-khamenei']],
      [['Khamenei', 'ali-khamenei']],
      [['Mojtaba Khamenei', 'mojtaba-khamenei']],
      [['Khamenei', 'mojtaba-khamenei']],
    ]);
    expect(find('Mojtaba Khamenei and Ali Khamenei met; Khamenei spoke.')).toEqual([
      [
        ['Mojtaba Khamenei', 'mojtaba-khamenei'],
        ['Ali Khamenei', 'ali-khamenei'],
        ['Khamenei', 'ali-khamenei'],
      ],
    ]);
  });

  it('obey their own rule, with page scope too', () => {
    const find = pageFinder([
      {
        id: 'miller',
        category: 'person',
        terms: [term('Stephen Miller', { lang: 'en' }), term('Miller', { lang: 'en', short: true, rules: [0] })],
        rules: [{ require: { words: ['White House'], scope: 'page' } }],
      },
    ]);
    expect(find('Stephen Miller spoke.', 'Miller left.')).toEqual([[['Stephen Miller', 'miller']], []]);
    expect(find('Stephen Miller spoke.', 'Miller left.', 'The White House')).toEqual([[['Stephen Miller', 'miller']], [['Miller', 'miller']], []]);
  });
});

describe('rule 7: priority', () => {
  const swift = (id: string): TermSource => ({ id, terms: [term('SWIFT')] });

  it('gives a name two glossaries claim without a rule to the one listed first', () => {
    expect(pageFinder([swift('built-in/swift'), swift('imported/swift')])('SWIFT')).toEqual([[['SWIFT', 'built-in/swift']]]);
    expect(pageFinder([swift('imported/swift'), swift('built-in/swift')])('SWIFT')).toEqual([[['SWIFT', 'imported/swift']]]);
  });

  it('lets a name without a rule win over a rule whose context is only elsewhere, and lose to one in the block', () => {
    const sources: TermSource[] = [
      { id: 'mir-station', terms: [term('Mir', { rules: [0] })], rules: [{ require: { words: ['orbit'], scope: 'page' } }] },
      { id: 'mir-card', terms: [term('Mir')] },
    ];
    const find = pageFinder(sources);
    expect(find('Mir', 'orbit')).toEqual([[['Mir', 'mir-card']], []]);
    expect(find('Mir in orbit')).toEqual([[['Mir', 'mir-station']]]);
  });
});
