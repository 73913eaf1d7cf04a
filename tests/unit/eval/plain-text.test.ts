// How the evaluation turns a case's html into plain text and places matched text in it.
import { describe, expect, it } from 'vitest';
import { decodeEntities, placeExpected, placeHighlights, plainText } from '../../../bench/eval/plain-text.ts';

describe('plainText', () => {
  it('removes the tags, decodes entities and joins paragraphs with a line break', () => {
    const html = '<p>Salt &amp; pepper &lt;b&gt; &#8211; &#x2014;&nbsp;end</p><p lang="de">Zweiter Absatz</p>';
    expect(plainText(html)).toBe('Salt & pepper <b> \u2013 \u2014\u00a0end\nZweiter Absatz');
  });
  it('leaves an unknown entity as written', () => {
    expect(decodeEntities('a &bogus; b')).toBe('a &bogus; b');
  });
});

describe('placeExpected', () => {
  it('places each annotation after the previous one, as check.mjs does', () => {
    const text = 'Kite, then ZEPHYR, then Kite again';
    expect(placeExpected(text, ['ZEPHYR', 'Kite'])).toEqual([
      { start: 11, end: 17 },
      { start: 24, end: 28 },
    ]);
    expect(placeExpected(text, ['Comet'])).toEqual([{ start: -1, end: -1 }]);
  });
});

describe('placeHighlights', () => {
  it('searches forward from the previous highlight, so a repeated text lands on its next occurrence', () => {
    const text = 'Kite and Kite and Kite';
    expect(placeHighlights(text, ['Kite', 'Kite']).map((p) => p.start)).toEqual([0, 9]);
  });
  it('prefers an occurrence on word boundaries, as the matcher only matches there', () => {
    const text = 'In OSCOWA the SCO met; SCO-led talks followed.';
    expect(placeHighlights(text, ['SCO', 'SCO']).map((p) => p.start)).toEqual([14, 23]);
  });
  it('judges boundaries by whole code points, Cyrillic and astral letters included', () => {
    const text = 'Мира и Мир; 𝐀Mir and Mir';
    expect(placeHighlights(text, ['Мир', 'Mir']).map((p) => p.start)).toEqual([7, text.lastIndexOf('Mir')]);
  });
  it('falls back to an occurrence inside a word, and leaves text that does not occur unplaced', () => {
    const text = 'Gazproms shares';
    expect(placeHighlights(text, ['Gazprom', 'Novatek'])).toEqual([
      { start: 0, end: 7 },
      { start: -1, end: -1 },
    ]);
  });
});
