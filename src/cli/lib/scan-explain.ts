/**
 * `scan --explain`: for each match, the name it came from, the form the page wrote, and what
 * decided it (a plain name, a short form after a full mention, a context rule), so a glossary
 * maintainer sees why a term was marked and which rule to change.
 */
import type { Matcher } from '../../core/match/index.ts';
import type { FileResult } from './scan-report.ts';

export function explainReport(result: FileResult, matcher: Matcher): string[] {
  if (result.error !== undefined) return [];
  if (result.matches.length === 0) return [`${result.file}: no terms found`];
  const { names, rules } = matcher.data;
  const lines = [`${result.file}:`];
  for (const m of result.matches) {
    const r = m.reading;
    const name = r.name >= 0 ? (names[r.name] ?? '?') : '?';
    const form = name === m.text ? 'as written' : `form of ${JSON.stringify(name)}`;
    let why = 'name';
    if (r.short) why = 'short form, after a full mention on the page';
    else if (r.rule >= 0) {
      const rule = rules[r.rule];
      const needs = rule?.require.length ?? 0;
      const scopes = [...new Set([...(rule?.require ?? []), ...(rule?.veto ?? [])].map((c) => c.scope))].join('+') || 'block';
      const what = needs === 0 ? 'no veto' : `${needs === 1 ? 'required context' : `all ${needs} required contexts`} found in the ${r.blockSatisfied ? 'block' : 'page'}`;
      why = `context rule ${r.rule} (${what}; scope ${scopes})`;
    }
    lines.push(`  ${m.id}  ${JSON.stringify(m.text)}  ${form}  [${why}]`);
  }
  return lines;
}
