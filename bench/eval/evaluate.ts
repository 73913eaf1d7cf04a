// Turns the cases and the scan CLI's matches into scored cases: places annotations and highlights
// in each case's plain text (see plain-text.ts), then scores them (see score.ts).
import type { RealCase } from './cases.ts';
import { placeExpected, placeHighlights, plainText } from './plain-text.ts';
import type { ScannedMatch } from './scan-cli.ts';
import { scoreCase, type CaseInput, type CaseScore } from './score.ts';

export function caseInput(c: RealCase, matches: readonly ScannedMatch[]): CaseInput {
  const text = plainText(c.html);
  const expectedAt = placeExpected(
    text,
    c.expect.map(([t]) => t),
  );
  const highlightAt = placeHighlights(
    text,
    matches.map((m) => m.text),
  );
  return {
    name: c.name,
    lang: c.lang,
    strict: c.strict,
    expected: c.expect.map(([t, pattern], i) => ({ text: t, pattern, ...expectedAt[i]! })),
    highlights: matches.map((m, i) => ({ id: m.id, text: m.text, ...highlightAt[i]! })),
  };
}

export function evaluateCases(cases: readonly RealCase[], matchesOf: (c: RealCase) => readonly ScannedMatch[]): { inputs: CaseInput[]; scores: CaseScore[] } {
  const inputs = cases.map((c) => caseInput(c, matchesOf(c)));
  return { inputs, scores: inputs.map(scoreCase) };
}
