/**
 * The compiled matcher: flat typed arrays in one buffer, so a page gets it from storage and scans
 * at once. Nothing is built on the page: the word table, the automaton and its failure links are
 * all precomputed by the background (compile/). Stored as JSON with the buffer in base64, which
 * both browsers' storage keeps as it is.
 *
 * Layout (compiled as Int32; stored each in the narrowest type that holds its values, packed-arrays.ts):
 *   words     slots[cap]            word index + 1 per hash slot (0: empty); cap a power of two
 *             h1[nWords], h2[nWords] the word's two hashes (tokens.ts)
 *   automaton rootNext[nWords]      the root's child for each word (0: none)
 *             childStart[nNodes+1]  a node's children are edges childStart[n]..childStart[n+1];
 *             edgeWord[nNodes-1]    sorted by word; nodes are numbered breadth-first, so the
 *                                   edge at index e leads to node e + 1
 *             fail[nNodes], out[nNodes] (pattern ending here or -1), link[nNodes] (nearest node
 *                                   on the failure chain with an output, or -1)
 *   patterns  patLen[nPat]          tokens; altStart[nPat+1] → alternatives
 *             altEntry[nAlt]        entry index (or cue id for a cue)
 *             altKind[nAlt]         ALT_FULL, ALT_SHORT, ALT_BLOCK (a veto phrase), ALT_CUE
 *             altExact[nAlt]        index into `exact` for a case-sensitive name, EXACT_CAPITAL for
 *                                   an inflected form of a capitalised name, else -1
 *             altRule[nAlt]         index into `rules`, else -1
 *             altName[nAlt]         index into `names` (the name a form came from), else -1
 *   near-misses  fzSlots[cap]       item + 1 per hash slot (0: empty), open addressing; may be empty
 *             fzH1, fzH2, fzPos, fzWord [nItems]  a word of a person's name, or one of its inner
 *                                   one-letter deletions (fzPos: the position, -1 for the word)
 *             fzBloom[0 or 128]     prefilter bits over (first letter, length) (compile/fuzzy.ts)
 */

import { hash53 } from '../hash.ts';
import { checkMatcher, checkMatcherShape } from './data-check.ts';
import { isElementType, packArrays, unpackArrays, type ElementType, type IntArray } from './packed-arrays.ts';

export { ELEMENT_TYPES } from './packed-arrays.ts';

export const MATCHER_FORMAT = 'gloss-matcher';
export const MATCHER_VERSION = 4;

export const ALT_FULL = 0;
export const ALT_SHORT = 1;
export const ALT_BLOCK = 2;
export const ALT_CUE = 3;

/**
 * altExact of an inflected form of a capitalised one-word name: the page must write it capitalised too.
 * Forms are made per language but matched in every one, and a German genitive of "Charg" is the
 * English "charges"; a proper name's forms keep its capital where an unrelated word does not.
 */
export const EXACT_CAPITAL = -2;

type Scope = 'block' | 'page';

export interface CueCondition {
  /** Cue ids (words and phrases compiled as ALT_CUE patterns). */
  cues: number[];
  /** Entry indices whose unconditional mentions count. */
  entries: number[];
  scope: Scope;
}

/**
 * The context a name needs: every requirement met (each in its scope), no veto found. A name that
 * several of an entry's rules govern gets them all ("free trade agreement" needs Iran in the block
 * and the EAEU on the page).
 */
export interface CompiledRule {
  require: CueCondition[];
  veto: CueCondition[];
}

const ARRAYS = [
  'slots',
  'h1',
  'h2',
  'rootNext',
  'childStart',
  'edgeWord',
  'fail',
  'out',
  'link',
  'patLen',
  'altStart',
  'altEntry',
  'altKind',
  'altExact',
  'altRule',
  'altName',
  'fzSlots',
  'fzH1',
  'fzH2',
  'fzPos',
  'fzWord',
  'fzBloom',
] as const;

type ArrayName = (typeof ARRAYS)[number];
/** Compiled as Int32Array; decoded as the narrowest type each array was stored in (packed-arrays.ts). */
type MatcherArrays = Record<ArrayName, IntArray>;

export interface MatcherData extends MatcherArrays {
  format: typeof MATCHER_FORMAT;
  version: typeof MATCHER_VERSION;
  /** Entry ids and categories, by entry index. */
  ids: string[];
  categories: string[];
  /** Exact (unfolded) keys of case-sensitive names. */
  exact: string[];
  rules: CompiledRule[];
  /** The names forms came from (for `scan --explain`); empty when compiled without them. */
  names: string[];
}

/** As stored: the arrays as one little-endian buffer in base64, their lengths and element types alongside. */
export interface StoredMatcher {
  format: typeof MATCHER_FORMAT;
  version: typeof MATCHER_VERSION;
  /** Changes whenever the contents do: a page that has these terms already need not read them again. */
  stamp: string;
  ids: string;
  categories: string;
  exact: string[];
  rules: CompiledRule[];
  names: string[];
  lengths: number[];
  types: ElementType[];
  buffer: string;
  /** Only the Latin-script names (latin-terms.ts); absent: every name. */
  part?: 'latin';
}

export function encodeMatcher(data: MatcherData): StoredMatcher {
  const lengths = ARRAYS.map((name) => data[name].length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const { types, bytes } = packArrays(ARRAYS.map((name) => data[name]));
  const buffer = toBase64(bytes);
  const ids = data.ids.join('\n');
  return {
    format: MATCHER_FORMAT,
    version: MATCHER_VERSION,
    stamp: `${total}-${hash53(buffer)}-${hash53(ids)}`,
    ids,
    categories: data.categories.join('\n'),
    exact: data.exact,
    rules: data.rules,
    names: data.names,
    lengths,
    types,
    buffer,
  };
}

/**
 * How much of stored terms to check: `full` (every index; the background, before it stores them or
 * when it reads them back) or `shape` (the lengths; a page, reading what the background checked).
 */
export type MatcherCheck = 'full' | 'shape';

/** Views over one decoded buffer: no copying beyond the base64 decode itself. */
export function decodeMatcher(stored: StoredMatcher, check: MatcherCheck = 'full'): MatcherData {
  // It comes from storage: check it as what it may really be, anything.
  const raw = (typeof stored === 'object' ? stored : null) as Partial<Record<keyof StoredMatcher, unknown>> | null;
  if (raw?.format !== MATCHER_FORMAT || raw.version !== MATCHER_VERSION) {
    throw new Error(`Not a Gloss matcher of version ${MATCHER_VERSION}: format ${JSON.stringify(raw?.format)}, version ${JSON.stringify(raw?.version)}`);
  }
  if (!Array.isArray(raw.lengths) || raw.lengths.length !== ARRAYS.length) throw new Error('Not a Gloss matcher: its array lengths are missing');
  if (!raw.lengths.every((n) => Number.isInteger(n) && (n as number) >= 0)) throw new Error('Not a Gloss matcher: its array lengths are not counts');
  if (!Array.isArray(raw.types) || raw.types.length !== ARRAYS.length || !raw.types.every(isElementType)) throw new Error('Not a Gloss matcher: its array types are missing');
  if (typeof raw.ids !== 'string' || typeof raw.categories !== 'string' || typeof raw.buffer !== 'string') throw new Error('Not a Gloss matcher: its ids or buffer are missing');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(stored.buffer);
  } catch {
    throw new Error('Not a Gloss matcher: its buffer is not base64');
  }
  let views: IntArray[];
  try {
    views = unpackArrays(bytes, stored.types, stored.lengths);
  } catch (error) {
    throw new Error(`Not a Gloss matcher: ${error instanceof Error ? error.message : String(error)}`);
  }
  const arrays = {} as MatcherArrays;
  ARRAYS.forEach((name, i) => {
    arrays[name] = views[i] ?? new Int32Array(0);
  });
  const ids = stored.ids === '' ? [] : stored.ids.split('\n');
  // One entry without a category is stored as "", like no entries: the ids tell them apart.
  const categories = ids.length === 0 ? [] : stored.categories.split('\n');
  const data: MatcherData = { format: MATCHER_FORMAT, version: MATCHER_VERSION, ...arrays, ids, categories, exact: stored.exact, rules: stored.rules, names: stored.names };
  if (check === 'full') checkMatcher(data);
  else checkMatcherShape(data);
  return data;
}

type Base64Uint8 = { fromBase64?: (text: string) => Uint8Array };
type Base64Bytes = Uint8Array & { toBase64?: () => string };

/** Native where the engine has it (Chrome 140+, Firefox 133+, Node 22+), else through atob/btoa. */
function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Uint8).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

