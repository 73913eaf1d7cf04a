/**
 * Common news words for generated terms. Real words on purpose: the page text then walks deep
 * into the automaton (and through the RegExp's alternatives) as real aliases would.
 */
export const WORDS = (
  'national security council energy price cap gas field oil export ban central bank reserve fund ' +
  'foreign minister defence ministry trade deal border crossing peace talks nuclear program ' +
  'sanctions package state media election commission supreme court prime minister president ' +
  'parliament committee army navy air force missile drone attack strike ceasefire agreement ' +
  'pipeline corridor railway port terminal grid power plant coal steel grain wheat shipping ' +
  'insurance market stock exchange currency dollar euro rouble rial inflation interest rate ' +
  'budget deficit debt growth forecast report survey union strike police court ruling law ' +
  'reform tax tariff import export company group holding fund bank investment project plan ' +
  'new old north south east west central eastern western northern southern first second third ' +
  'great united free democratic people social green liberal labour federal regional city ' +
  'river sea gulf strait island mountain valley coast bay lake desert capital province district ' +
  'summit forum conference meeting council assembly alliance treaty accord pact mission ' +
  'operation campaign crisis war conflict front line offensive defence base camp station ' +
  'water food health education housing transport aviation airline airport highway bridge ' +
  'tower centre institute agency office service authority board network platform system ' +
  'energie gesetz bundes land stadt verband kraft werk netz hafen markt preis steuer ' +
  'regierung partei wahl gericht bank kasse amt ministerium rat bund union'
).split(' ');

