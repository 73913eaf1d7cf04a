/**
 * Refuses decoded matcher data whose arrays do not fit together. Stored data can be damaged (a
 * storage quota cut, an extension update half applied, a hand-edited export), and a scan trusts
 * every index: a word table without an empty slot or a failure link that points forward would
 * loop forever on the page. One linear pass, with a message that says what is wrong.
 */
import { FUZZY_BLOOM_BITS } from './compile/fuzzy.ts';
import { ALT_CUE, EXACT_CAPITAL, type MatcherData } from './data.ts';
import type { IntArray } from './packed-arrays.ts';

function fail(what: string): never {
  throw new Error(`Not a Gloss matcher: ${what}`);
}

/** Every value in lo..hi-1 (a page pays for this pass, so it is a plain loop). */
function within(array: IntArray, name: string, lo: number, hi: number): void {
  for (let i = 0; i < array.length; i++) {
    const v = array[i] as number;
    if (v < lo || v >= hi) fail(`${name}[${i}] = ${v} is out of range`);
  }
}

/** Every value points to an earlier node (or is `none`): following such links always ends. */
function backwards(array: IntArray, name: string, none: number): void {
  for (let i = 1; i < array.length; i++) {
    const v = array[i] as number;
    if (v < none || v >= i) fail(`${name}[${i}] = ${v} is out of range`);
  }
}

/** A rule's requirement or veto as stored: cue ids, entry indices and a scope. */
function checkCondition(c: unknown, where: string): void {
  const cond = typeof c === 'object' && c !== null ? (c as Record<string, unknown>) : {};
  if (!Array.isArray(cond.cues) || !Array.isArray(cond.entries) || (cond.scope !== 'block' && cond.scope !== 'page')) fail(`${where} is not a condition`);
}

/** The arrays' lengths agree with each other, and the rules are rules: constant time (almost). */
export function checkMatcherShape(d: MatcherData): void {
  const words = d.h1.length;
  const nodes = d.fail.length;
  const patterns = d.patLen.length;
  if (d.h2.length !== words || d.rootNext.length !== words) fail('its word table and automaton disagree on the number of words');
  if (d.slots.length === 0 || (d.slots.length & (d.slots.length - 1)) !== 0) fail('its word table has no room');
  if (nodes < 1 || d.childStart.length !== nodes + 1 || d.edgeWord.length !== nodes - 1 || d.out.length !== nodes || d.link.length !== nodes) {
    fail('its automaton arrays disagree on the number of nodes');
  }
  if (d.childStart[0] !== 0 || d.childStart[nodes] !== nodes - 1) fail('its automaton edges do not add up');
  if (d.fail[0] !== 0 || d.link[0] !== -1) fail('its automaton root is not a root');
  if (d.altStart.length !== patterns + 1 || d.altStart[0] !== 0) fail('its patterns and alternatives disagree');
  const alts = d.altStart[patterns] as number;
  for (const name of ['altEntry', 'altKind', 'altExact', 'altRule', 'altName'] as const) {
    if (d[name].length !== alts) fail(`${name} has ${d[name].length} items for ${alts} alternatives`);
  }
  if (!Array.isArray(d.exact) || !Array.isArray(d.rules) || !Array.isArray(d.names)) fail('its names, rules or case-sensitive keys are not lists');
  const items = d.fzH1.length;
  if (d.fzH2.length !== items || d.fzPos.length !== items || d.fzWord.length !== items) fail('its near-miss arrays disagree on their length');
  if (items > 0 && ((d.fzSlots.length & (d.fzSlots.length - 1)) !== 0 || d.fzBloom.length !== FUZZY_BLOOM_BITS / 32)) fail('its near-miss table has no room');
  if (items === 0 && (d.fzSlots.length !== 0 || d.fzBloom.length !== 0)) fail('its near-miss table is empty but not its slots');
  if (d.categories.length !== d.ids.length) fail(`${d.ids.length} ids but ${d.categories.length} categories`);
  // Stored as JSON: nothing about the rules' shape is known until it is checked.
  (d.rules as unknown[]).forEach((rule, i) => {
    if (typeof rule !== 'object' || rule === null) fail(`rules[${i}] is not a rule`);
    const { require, veto } = rule as Record<string, unknown>;
    if (!Array.isArray(require) || !Array.isArray(veto)) fail(`rules[${i}] is not a rule`);
    require.forEach((c, j) => checkCondition(c, `rules[${i}].require[${j}]`));
    veto.forEach((c, j) => checkCondition(c, `rules[${i}].veto[${j}]`));
  });
}

/** The shape, then every index: the scan may follow any of them. */
export function checkMatcher(d: MatcherData): void {
  checkMatcherShape(d);
  const words = d.h1.length;
  const nodes = d.fail.length;
  const patterns = d.patLen.length;
  const alts = d.altStart[patterns] as number;
  if (!d.slots.includes(0)) fail('its word table has no room');
  within(d.slots, 'slots', 0, words + 1);
  for (let n = 0; n < nodes; n++) if ((d.childStart[n] as number) > (d.childStart[n + 1] as number)) fail(`childStart[${n}] is out of order`);
  within(d.edgeWord, 'edgeWord', 0, words);
  within(d.rootNext, 'rootNext', 0, nodes);
  // Nodes are numbered breadth-first, so failure and output links point to earlier nodes.
  backwards(d.fail, 'fail', 0);
  backwards(d.link, 'link', -1);
  within(d.out, 'out', -1, patterns);
  for (let p = 0; p < patterns; p++) if ((d.altStart[p] as number) > (d.altStart[p + 1] as number)) fail(`altStart[${p}] is out of order`);
  within(d.patLen, 'patLen', 1, nodes);
  within(d.altKind, 'altKind', 0, ALT_CUE + 1);
  within(d.altEntry, 'altEntry', 0, 2 ** 31 - 1);
  for (let a = 0; a < alts; a++) {
    if (d.altKind[a] !== ALT_CUE && (d.altEntry[a] as number) >= d.ids.length) fail(`altEntry[${a}] = ${d.altEntry[a]} is not an entry`);
  }
  within(d.altExact, 'altExact', EXACT_CAPITAL, d.exact.length);
  within(d.altRule, 'altRule', -1, d.rules.length);
  within(d.altName, 'altName', -1, d.names.length);
  if (d.fzH1.length > 0 && !d.fzSlots.includes(0)) fail('its near-miss table has no room');
  within(d.fzSlots, 'fzSlots', 0, d.fzH1.length + 1);
  within(d.fzWord, 'fzWord', 0, words);
  within(d.fzPos, 'fzPos', -1, 64);
}
