import { describe, expect, it } from 'vitest';
import { inflectName, type InflectMode } from '../../../../src/core/match/inflect/index.ts';

const de = (name: string, mode: InflectMode = 'head'): string[] => inflectName(name, 'de', mode);

function check(name: string, mode: InflectMode, must: string[], mustNot: string[] = []): void {
  const forms = de(name, mode);
  expect(forms[0]).toBe(name);
  expect(forms).toEqual(expect.arrayContaining(must));
  for (const bad of mustNot) expect(forms).not.toContain(bad);
}

describe('German genitive and plural of the head noun', () => {
  it('gives masculine and neuter nouns their genitive -s', () => {
    check('Gazprom', 'head', ['Gazproms']);
    check('Korridor', 'head', ['Korridors'], ['Korridores']);
    check('Nord-Süd-Korridor', 'head', ['Nord-Süd-Korridors'], ['Nord-Süds-Korridor']);
    check('Ölpreisdeckel', 'head', ['Ölpreisdeckels', 'Ölpreisdeckeln']);
    check('Snapback-Verfahren', 'head', ['Snapback-Verfahrens']);
  });

  it('adds -es after a stressed final syllable and after s-sounds of common nouns', () => {
    check('Irankrieg', 'head', ['Irankriegs', 'Irankrieges']);
    check('Beistandspakt', 'head', ['Beistandspakts', 'Beistandspaktes']);
    check('Flugplatz', 'head', ['Flugplatzes']);
    check('Gas', 'head', ['Gases']);
    // Not for a short word alone: "Charges" is English far more often than the genitive of Charg.
    check('Charg', 'head', ['Chargs'], ['Charges']);
    check('Pakt', 'head', ['Pakts'], ['Paktes']);
  });

  it('gives a feminine noun no -s, and -en/-n for its plural', () => {
    check('Mongolei', 'head', [], ['Mongoleis']);
    check('Ukraine', 'head', [], ['Ukraines']);
    check('Partnerschaft', 'head', ['Partnerschaften'], ['Partnerschafts']);
    check('Shahed-Drohne', 'head', ['Shahed-Drohnen'], ['Shahed-Drohnes']);
    check('Mir-Karte', 'head', ['Mir-Karten']);
  });

  it('gives names in -s, -ß, -x, -z no genitive ending', () => {
    expect(de('Hormus', 'all')).toEqual(['Hormus']);
    expect(de('Tartus')).toEqual(['Tartus']);
    expect(de('Felix Strauß', 'all')).toEqual(['Felix Strauß']);
    expect(de('Ruiz', 'all')).toEqual(['Ruiz']);
  });
});

describe('German adjectives before the head', () => {
  it('declines a capitalised adjective in a name with the noun', () => {
    check('Innere Mongolei', 'head', ['Inneren Mongolei', 'Innerer Mongolei'], ['Inneren Mongoleis', 'Inneres Mongolei', 'Innerem Mongolei']);
    check('Internationaler Nord-Süd-Transportkorridor', 'head', [
      'Internationalen Nord-Süd-Transportkorridor', 'Internationalen Nord-Süd-Transportkorridors', 'Internationale Nord-Süd-Transportkorridor',
    ]);
    check('Persischer Golf', 'head', ['Persischen Golf', 'Persischen Golfs', 'Persischen Golfes']);
    check('Islamische Revolutionsgarde', 'head', ['Islamischen Revolutionsgarde', 'Islamischen Revolutionsgarden'], ['Islamischen Revolutionsgardes']);
    check('Kaspisches Meer', 'head', ['Kaspischen Meer', 'Kaspischen Meeres', 'Kaspischen Meers']);
    check('Zwölftägiger Krieg', 'head', ['Zwölftägigen Krieg', 'Zwölftägigen Krieges']);
  });

  it('declines lower-case adjectives, several in a row with the same ending', () => {
    check('russische Atombehörde Rosatom', 'head', ['russischen Atombehörde Rosatom'], ['russischen Atombehörde Rosatoms']);
    check('russisch-iranischer Handel', 'head', ['russisch-iranischen Handel', 'russisch-iranischen Handels']);
    check('umfassende strategische Partnerschaft', 'head', ['umfassenden strategischen Partnerschaft'], ['umfassenden strategische Partnerschaft']);
  });

  it('does not take a capitalised noun in -e/-en for an adjective', () => {
    check('Sonderwirtschaftszone Alabuga', 'head', ['Sonderwirtschaftszonen Alabuga'], ['Sonderwirtschaftszoner Alabuga', 'Sonderwirtschaftszone Alabugas']);
    check('Hafen Chabahar', 'head', ['Hafens Chabahar'], ['Hafe Chabahar', 'Hafen Chabahars']);
  });

  it('leaves an adjective from a place name as it is', () => {
    check('Wiener Atomabkommen', 'head', ['Wiener Atomabkommens'], ['Wienern Atomabkommen', 'Wienere Atomabkommen']);
    check('Shanghaier Organisation für Zusammenarbeit', 'head', [], ['Shanghaien Organisation für Zusammenarbeit']);
  });

  it('leaves the words after the head as they are', () => {
    for (const form of de('Straße von Hormus')) expect(form.endsWith(' von Hormus')).toBe(true);
    for (const form of de('Kraft Sibiriens 2')) expect(form.endsWith(' Sibiriens 2')).toBe(true);
    check('Krieg gegen den Iran', 'head', ['Krieges gegen den Iran'], ['Krieg gegen den Irans']);
    check('Vertrag über die umfassende strategische Partnerschaft', 'head', ['Vertrags über die umfassende strategische Partnerschaft'], [
      'Vertrag über die umfassenden strategischen Partnerschaft',
    ]);
  });

  it('never inflects an acronym or a number', () => {
    expect(de('EAWU')).toEqual(['EAWU']);
    expect(de('AKW Buschehr')).toEqual(['AKW Buschehr']);
    expect(de('Nord-Stream-2')).toEqual(['Nord-Stream-2']);
  });
});

describe("German 'all', 'last' and 'none'", () => {
  it("'all' gives a person's name the genitive -s on its last word only", () => {
    expect(de('Khamenei', 'all')).toEqual(['Khamenei', 'Khameneis']);
    expect(de('Putin', 'all')).toEqual(['Putin', 'Putins']);
    expect(de('Massud Peseschkian', 'all')).toEqual(['Massud Peseschkian', 'Massud Peseschkians']);
    expect(de('Ali Chamenei', 'all')).not.toContain('Alis Chamenei');
  });

  it("'last' inflects the last word as a noun", () => {
    expect(de('Atomkraftwerk Buschehr', 'last')).toEqual(['Atomkraftwerk Buschehr', 'Atomkraftwerk Buschehrs']);
  });

  it("'none' gives the name alone", () => {
    expect(de('Nord-Süd-Korridor', 'none')).toEqual(['Nord-Süd-Korridor']);
  });
});
