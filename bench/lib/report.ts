import type { BenchResults } from './results.ts';
import { fmt } from './stats.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** bench/RESULTS.md: what was measured, how, and how it compares with the targets. */
export function markdownReport(r: BenchResults): string {
  const s = r.sizes;
  const big = Math.max(...s);
  const lines: string[] = [];
  const row = (...cells: string[]): number => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(
    '# Matching benchmark results',
    '',
    `Measured ${r.date.slice(0, 10)} (${r.date}) with \`npm run bench\`, in ${r.durationS} s.`,
    '',
    `- Browser: ${r.browser}; Node ${r.node}; ${r.cpus}.`,
    `- Pages: ${r.measuredPages} of ${r.pages} measured from \`${r.pagesDir.replace(/.*\/(shared\/)/, '../$1')}\`, served from 127.0.0.1; ${r.blockedRequests} other requests aborted.`,
    `- Gloss's matcher and walker (\`src/core/match\`, minified): ${kb(r.bundle.rawBytes)}, ${kb(r.bundle.gzipBytes)} gzipped.`,
    '',
    '## Targets',
    '',
  );
  row('target', 'measured', 'goal', '');
  row('---', '---:', '---', '---');
  for (const t of r.targets) row(t.name, fmt(t.value), t.target, t.met ? 'met' : '**missed**');
  const small = Math.min(...s);
  const mid = s.includes(1000) ? 1000 : s[0]!;
  lines.push(
    '',
    '## Reading the targets',
    '',
    `- Flat in dictionary size: (b) at ${big.toLocaleString('en-US')} terms costs ${fmt(r.ratios[`gloss${big}/gloss${small}`])}× (b) at ${small} terms (median of per-page ratios). The automaton's cost per character does not depend on the number of terms.`,
    `- mark.js: an estimated ${fmt(r.medians.markEstimate[mid])} ms per page at ${mid.toLocaleString('en-US')} terms, against ${fmt(r.medians.gloss[mid])} ms for (b).`,
    `- (b) against the floor (a): warm, (a) is a native TreeWalker loop of ${fmt(r.medians.floor)} ms per page (median). (b) has to look at every element as well (skip rules, block boundaries, article context) and copy the text of each block, so it lands at ${fmt(r.ratios[`gloss${big}/floor`])}× that floor. Cold, on the first pass after load, (a) takes ${fmt(r.medians.coldFloor)} ms and (b) ${fmt(r.medians.coldGloss)} ms: the JIT has not compiled the walker yet, and the browser creates a wrapper for every element (b) touches. The ≤ 2× target is missed either way. For scale, the issue expected (a) at 2–18 ms per page, which matches this cold (a), not the warm one.`,
    `- (d), one combined RegExp: V8 runs it far faster than the issue's first measurement (about 300 ms at 5,000 terms): ${fmt(r.medians.regex[big])} ms per page at ${big.toLocaleString('en-US')} terms here (median). (b) is ${fmt(r.ratios[`regex${big}/gloss${big}`])}× faster, short of 10×. (d) does less than (b): no skip rules, no blocks across inline elements, no normalisation (NBSP, soft hyphens, dashes, NFC), no case-sensitive aliases. It also costs ${fmt(r.medians.regexBuildMs[big])} ms to build at ${big.toLocaleString('en-US')} terms, against ${fmt(r.medians.createMs[big])} ms for \`createMatcher\`.`,
    `- \`createMatcher\` times are the first calls in a fresh page (cold JIT). The three sizes are built one after another, smallest first.`,
  );
  lines.push('', '## Medians over pages, warm (ms per page, best of rounds)', '');
  row('terms', '(a) TreeWalker floor', '(b) Gloss walk + match', '(c) mark.js (estimate)', '(d) combined RegExp', 'mark.js terms timed (median)', 'createMatcher', 'RegExp build');
  row('---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const n of s) {
    row(
      n.toLocaleString('en-US'),
      fmt(r.medians.floor),
      fmt(r.medians.gloss[n]),
      fmt(r.medians.markEstimate[n]),
      fmt(r.medians.regex[n]),
      `${Math.round(r.medians.markTermsDone[n] ?? 0).toLocaleString('en-US')} of ${n.toLocaleString('en-US')}`,
      fmt(r.medians.createMs[n]),
      fmt(r.medians.regexBuildMs[n]),
    );
  }
  lines.push(
    '',
    '## Medians over pages, cold (ms per page, first pass after the page loaded)',
    '',
    '| (a) TreeWalker floor | (b) Gloss at ' + big.toLocaleString('en-US') + ' terms | (b) ÷ (a), median of per-page ratios |',
    '| ---: | ---: | ---: |',
    `| ${fmt(r.medians.coldFloor)} | ${fmt(r.medians.coldGloss)} | ${fmt(r.ratios[`cold gloss${big}/cold floor`])} |`,
  );
  lines.push('', '## Dictionaries', '');
  row('terms', 'real aliases', 'generated', 'compiled JSON', 'gzipped');
  row('---:', '---:', '---:', '---:', '---:');
  for (const d of r.dicts) row(d.size.toLocaleString('en-US'), String(d.real), String(d.generated), kb(d.rawBytes), kb(d.gzipBytes));
  lines.push('', '## Method', '');
  lines.push(
    `- Two loads per page (below), with the page's own inline scripts running and every request to anything but 127.0.0.1 aborted. The bench code is bundled with esbuild and injected with \`page.evaluate\`, and it times itself with \`performance.now()\` inside the page.`,
    `- (a) is a \`TreeWalker(SHOW_TEXT)\` over \`document.body\` that reads every text node. (b) is \`walkBlocks(document.body)\` (skip rules, blocks, inline crossing), then \`matcher.scan\` on each block, then \`blockRange\` for every match. No DOM is changed. The matcher is created before timing starts; \`createMatcher\` is reported apart.`,
    `- Warm: (a) and (b) run interleaved, ${r.rounds} rounds after one warm-up. Each page keeps the best of its rounds, because the machine is shared and other processes only ever add time; every method is treated the same way. (d) runs ${r.regexRounds} rounds (best), after a warm-up exec that compiles the RegExp.`,
    `- Cold: (a) is timed once as the very first thing after the page loaded. (b) at the largest size is timed once as the first thing in a second, fresh load of the page. That is the content script's real case: the JIT is cold, and the browser creates a JS wrapper for every DOM node the first time it is touched. (b) touches elements as well as text nodes; (a) touches only text nodes.`,
    `- Targets are medians of per-page ratios, not ratios of medians. The (a) and (b) figures are single runs.`,
    `- (d) is \`new RegExp('(?<![\\\\p{L}\\\\p{N}])(?:' + terms longest first + ')(?![\\\\p{L}\\\\p{N}])', 'giu')\`, run with \`exec\` over every text node.`,
    `- (c) is mark.js 8.11.1 with \`separateWordSearch: false\` and \`accuracy: { value: 'exactly', limiters: [punctuation] }\`, all other options left at their defaults. mark.js handles an array one term at a time (one regex and one DOM pass per term), so the bench calls it term by term, longest first, for up to **${r.markBudgetMs} ms per page and size**. It then extrapolates linearly to the whole term list: estimate = elapsed × terms ÷ terms done. The table shows how many terms were actually timed. mark.js changes the DOM, so it runs last, and \`unmark()\` (not timed) restores the page between sizes.`,
    `- Dictionaries: the real aliases of \`src/facts\` (an even sample when the size is smaller than their number), filled up with generated two- and three-word phrases of common news words. The generator is seeded, so every run gets the same terms. (c) and (d) get the same term texts as written; they treat case-sensitive aliases as case-insensitive.`,
    `- Caveats: the machine has 2 cores, and other jobs may have been running during the measurement. \`performance.now()\` is coarsened to 0.1 ms in pages that are not cross-origin isolated. Warm runs therefore repeat inside one timing until about 3 ms have passed and report the mean, while cold runs are single and carry that 0.1 ms step. (a) warm is a native loop that creates nothing; it is so fast that a ratio to it mostly measures how much more work any JS walker must do. The (b) and (d) match counts differ because (b) skips scripts, navigation and so on and normalises the text, while (d) reads every text node as it is.`,
    '',
    '## Per page (ms)',
    '',
  );
  row('page', 'text nodes', 'chars', '(a) cold', `(b) ${big} cold`, '(a)', ...s.map((n) => `(b) ${n}`), `(c) ${s.includes(1000) ? 1000 : s[0]} est.`, `(d) ${big}`, `(b) matches @${big}`, `(d) matches @${big}`);
  row('---', ...Array<string>(s.length + 9).fill('---:'));
  for (const p of r.perPage) {
    if (p.error !== undefined) {
      row(p.page, `error: ${p.error.replace(/\|/g, '/')}`, ...Array<string>(s.length + 8).fill(''));
      continue;
    }
    const c = p.mark[s.includes(1000) ? 1000 : s[0]!];
    row(
      p.page,
      String(p.nodes),
      p.chars.toLocaleString('en-US'),
      fmt(p.coldFloor),
      fmt(p.coldGloss),
      fmt(p.floor),
      ...s.map((n) => fmt(p.gloss[n])),
      c ? `${fmt(c.estimateMs)} (${c.done}/${c.total})` : '–',
      fmt(p.regex[big]),
      String(p.glossMatches[big] ?? 0),
      String(p.regexMatches[big] ?? 0),
    );
  }
  lines.push('');
  return lines.join('\n');
}
